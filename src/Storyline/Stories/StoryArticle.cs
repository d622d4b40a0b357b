namespace Storyline.Stories;

/// <summary>
/// An article as the clusterer sees it: its terms (<see cref="StoryTerms"/>), its date (publication, else null), and the
/// stored articles it copies, rewrites or translates (which put it in their story whatever else it says).
/// <see cref="Keywords"/> are the words an article with few names looks candidates up by; the clusterer picks them
/// itself when none are given (<see cref="StoryClusterer.KeywordsOf"/>).
/// </summary>
public sealed record StoryArticle(string Id, string Language, IReadOnlyDictionary<string, double> Terms, DateTimeOffset? Date, IReadOnlyList<string> DuplicateOf)
{
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>The earlier periods the article names (<see cref="RecalledPeriods"/>): a story of that time is no older for it.</summary>
    public IReadOnlyList<RecalledPeriod> Recalled { get; init; } = [];

    /// <summary>An analysed article as the clusterer sees it, with the stored articles it copies, rewrites or translates.</summary>
    public static StoryArticle Of(Article article, IReadOnlyList<string> duplicateOf) =>
        new(article.Id, article.Language, StoryTerms.Of(article), article.Published, duplicateOf) { Recalled = RecalledPeriods.Of(article) };
}
