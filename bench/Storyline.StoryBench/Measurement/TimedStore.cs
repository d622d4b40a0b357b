using System.Diagnostics;
using Storyline.Bench.Measurement;
using Storyline.Duplicates;
using Storyline.Storage;
using Storyline.Stories;

namespace Storyline.StoryBench.Measurement;

/// <summary>
/// The store as <see cref="StoryIndex"/> sees it, timing the four calls it makes: wall time and the calling thread's CPU
/// (SQLite's async calls complete synchronously, so the thread that awaits is the one that works), and the size of each
/// <see cref="StoryContext"/> read. Everything else is passed through untimed.
/// </summary>
public sealed class TimedStore(IArticleStore inner) : IArticleStore
{
    /// <summary>One timed call kind: how many calls, wall ticks (Stopwatch) and thread CPU nanoseconds.</summary>
    public sealed class Phase
    {
        public long Calls { get; set; }

        public long WallTicks { get; set; }

        public long CpuNanoseconds { get; set; }

        public double WallSeconds => Stopwatch.GetElapsedTime(0, WallTicks).TotalSeconds;

        public double CpuSeconds => CpuNanoseconds / 1e9;
    }

    public Phase Unassigned { get; } = new();

    public Phase Duplicates { get; } = new();

    public Phase Context { get; } = new();

    public Phase Save { get; } = new();

    /// <summary>Summed over the contexts read: terms asked for, stories loaded, terms those stories carried, postings read.</summary>
    public (long Terms, long Stories, long StoryTerms, long Postings) ContextSize { get; private set; }

    public Task<IReadOnlyList<(long Row, Article Article)>> UnassignedAsync(int limit, CancellationToken cancellationToken) =>
        Timed(Unassigned, () => inner.UnassignedAsync(limit, cancellationToken));

    public Task<IReadOnlyList<Duplicate>> DuplicatesAsync(string? id, CancellationToken cancellationToken) =>
        Timed(Duplicates, () => inner.DuplicatesAsync(id, cancellationToken));

    public async Task<StoryContext> StoryContextAsync(
        IReadOnlyCollection<string> terms, IReadOnlyCollection<string> lookup, IReadOnlyCollection<string> articles, int perTerm, CancellationToken cancellationToken)
    {
        var context = await Timed(Context, () => inner.StoryContextAsync(terms, lookup, articles, perTerm, cancellationToken)).ConfigureAwait(false);
        var (t, s, st, p) = ContextSize;
        ContextSize = (t + terms.Count, s, st, p + context.Postings.Values.Sum(l => (long)l.Count));
        return context;
    }

    // The stories read count with the context: both are what a batch reads before it assigns. Only stories read anew
    // (not handed back from the index's cache) count as loaded.
    public async Task<IReadOnlyList<StoryState>> StoriesAsync(IReadOnlyCollection<int> ids, IReadOnlyDictionary<int, StoryState>? known, CancellationToken cancellationToken)
    {
        var stories = await Timed(Context, () => inner.StoriesAsync(ids, known, cancellationToken)).ConfigureAwait(false);
        var read = stories.Where(x => known?.GetValueOrDefault(x.Id) != x).ToList();
        var (t, s, st, p) = ContextSize;
        ContextSize = (t, s + read.Count, st + read.Sum(x => (long)x.Terms.Count), p);
        return stories;
    }

    public Task SaveStoriesAsync(StoryBatch batch, CancellationToken cancellationToken) =>
        Timed(Save, async () =>
        {
            await inner.SaveStoriesAsync(batch, cancellationToken).ConfigureAwait(false);
            return true;
        });

    // The clocks start before the call is made (the work is done inside it, synchronously).
    private static async Task<T> Timed<T>(Phase phase, Func<Task<T>> call)
    {
        var (wall, cpu) = (Stopwatch.GetTimestamp(), ThreadCpu.Nanoseconds());
        var result = await call().ConfigureAwait(false);
        phase.WallTicks += Stopwatch.GetTimestamp() - wall;
        phase.CpuNanoseconds += ThreadCpu.Nanoseconds() - cpu;
        phase.Calls++;
        return result;
    }

    public Task<IReadOnlySet<string>> ExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => inner.ExistingIdsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<string>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken) => inner.AddAsync(articles, cancellationToken);

    public IAsyncEnumerable<ArticleSummary> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<Article?> GetAsync(string idOrPrefix, CancellationToken cancellationToken) => inner.GetAsync(idOrPrefix, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public IAsyncEnumerable<ArticleEntities> ListEntitiesAsync(CancellationToken cancellationToken) => inner.ListEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<ArticleFigures> ListFiguresAsync(CancellationToken cancellationToken) => inner.ListFiguresAsync(cancellationToken);

    public Task<IReadOnlyList<(long Row, Article Article)>> UnindexedAsync(long after, int limit, CancellationToken cancellationToken) =>
        inner.UnindexedAsync(after, limit, cancellationToken);

    public Task<Article?> GetByRowAsync(long row, CancellationToken cancellationToken) => inner.GetByRowAsync(row, cancellationToken);

    public Task<IReadOnlyList<PrintMatch>> MatchPrintsAsync(IReadOnlyCollection<long> prints, int perPrint, CancellationToken cancellationToken) =>
        inner.MatchPrintsAsync(prints, perPrint, cancellationToken);

    public Task IndexAsync(IReadOnlyList<FiledArticle> filed, IReadOnlyList<Duplicate> pairs, CancellationToken cancellationToken) =>
        inner.IndexAsync(filed, pairs, cancellationToken);

    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken) => inner.ListStoriesAsync(cancellationToken);

    /// <summary>The inner store is the caller's to dispose.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
