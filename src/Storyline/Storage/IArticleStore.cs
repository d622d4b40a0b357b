using Storyline.Duplicates;
using Storyline.Stories;

namespace Storyline.Storage;

/// <summary>Where articles live: an embedded SQLite file by default, PostgreSQL when many workers share one store.</summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Which of these ids are stored already. Safe to call while an <see cref="AddAsync"/> is running.</summary>
    Task<IReadOnlySet<string>> ExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Adds articles in one transaction; an id already stored is left as it is. Returns the ids really inserted.</summary>
    Task<IReadOnlyList<string>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken);

    /// <summary>Every article in arrival order, without text.</summary>
    IAsyncEnumerable<ArticleSummary> ListAsync(CancellationToken cancellationToken);

    /// <summary>One article by id, or by a prefix of its id that only it has.</summary>
    Task<Article?> GetAsync(string idOrPrefix, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every article's entities, in arrival order (articles stored before entities were recognised have none).</summary>
    IAsyncEnumerable<ArticleEntities> ListEntitiesAsync(CancellationToken cancellationToken);

    /// <summary>Every article's figures, in arrival order (articles stored before figures were read have none).</summary>
    IAsyncEnumerable<ArticleFigures> ListFiguresAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Articles stored after the last one the duplicate index has filed and after row <paramref name="after"/> (read but not
    /// filed yet), in arrival order, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<(long Row, Article Article)>> UnindexedAsync(long after, int limit, CancellationToken cancellationToken);

    /// <summary>One article by its row in arrival order.</summary>
    Task<Article?> GetByRowAsync(long row, CancellationToken cancellationToken);

    /// <summary>
    /// Articles filed under any of these prints, with how many of them each shares. Only the <paramref name="perPrint"/>
    /// latest articles of each print are read, so a print every article has costs no more than a rare one.
    /// </summary>
    Task<IReadOnlyList<PrintMatch>> MatchPrintsAsync(IReadOnlyCollection<long> prints, int perPrint, CancellationToken cancellationToken);

    /// <summary>Files articles under their prints, records the pairs found and moves the index past them, in one transaction.</summary>
    Task IndexAsync(IReadOnlyList<FiledArticle> filed, IReadOnlyList<Duplicate> pairs, CancellationToken cancellationToken);

    /// <summary>The pairs found, every one or those of one article (by id).</summary>
    Task<IReadOnlyList<Duplicate>> DuplicatesAsync(string? id, CancellationToken cancellationToken);

    /// <summary>Articles stored after the last one the story index assigned, in arrival order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<(long Row, Article Article)>> UnassignedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// What the story index needs before a batch (<see cref="StoryContext"/>): article counts of <paramref name="terms"/>,
    /// and the postings of the <paramref name="lookup"/> terms, each term's <paramref name="perTerm"/> latest stories only.
    /// </summary>
    Task<StoryContext> StoryContextAsync(
        IReadOnlyCollection<string> terms, IReadOnlyCollection<string> lookup, IReadOnlyCollection<string> articles, int perTerm, CancellationToken cancellationToken);

    /// <summary>
    /// These stories, and the stories they were merged into; a story of <paramref name="known"/> whose size and merge are
    /// those stored is returned as it is, not read again.
    /// </summary>
    Task<IReadOnlyList<StoryState>> StoriesAsync(IReadOnlyCollection<int> ids, IReadOnlyDictionary<int, StoryState>? known, CancellationToken cancellationToken);

    /// <summary>Writes one batch of assignments, in one transaction.</summary>
    Task SaveStoriesAsync(StoryBatch batch, CancellationToken cancellationToken);

    /// <summary>Every story not merged into another, the latest first.</summary>
    Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken);
}
