namespace Storyline.Stories;

/// <summary>
/// A story as the clusterer keeps it: the summed terms of its articles (the heaviest <see cref="StoryClusterer.StoryTerms"/>
/// only), its articles' languages, its first and last dates, how many articles it has, and the story it was merged into, if any.
/// </summary>
public sealed class StoryState(int id)
{
    public int Id { get; } = id;

    public Dictionary<string, double> Terms { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The languages of its articles: words are compared only with a story that has articles in the article's language.</summary>
    public HashSet<string> Languages { get; init; } = new(StringComparer.Ordinal);

    public int Size { get; set; }

    public DateTimeOffset? First { get; set; }

    public DateTimeOffset? Last { get; set; }

    public int? MergedInto { get; set; }

    /// <summary>The squared norms of its vector as last computed by a clusterer (not stored): see <see cref="StoryClusterer.NormDrift"/>.</summary>
    internal StoryNorms? Norms { get; set; }

    /// <summary>Its terms keyed by hash for the clusterer's dot products, built when first needed after <see cref="Terms"/> change (not stored).</summary>
    internal HashedTerms? Hashed { get; set; }
}
