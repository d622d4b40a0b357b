namespace Storyline.Languages;

/// <summary>
/// Cue phrases of one language's boilerplate, by kind (from <c>boilerplate.txt</c>): phrases that open a
/// "read more" block or a source trailer, words of navigation, and phrases of share, cookie, newsletter,
/// advertising and copyright lines. All entries are lower-case.
/// </summary>
public sealed record BoilerplateCues(IReadOnlyDictionary<string, IReadOnlyList<string>> ByKind)
{
    /// <summary>Kinds a <c>boilerplate.txt</c> may declare; another section name is an error.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["read-more", "attribution", "navigation", "share", "cookie", "newsletter", "advertising", "promo", "copyright", "caption", "byline", "agency", "social"];

    public static readonly BoilerplateCues Empty = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyList<string> this[string kind] => ByKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>The union of several languages' cues: boilerplate is often in another language than the article.</summary>
    public static BoilerplateCues Merge(IEnumerable<BoilerplateCues> packs)
    {
        var merged = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var kind in Kinds)
        {
            merged[kind] = packs.SelectMany(p => p[kind]).Distinct(StringComparer.Ordinal).ToArray();
        }

        return new(merged);
    }
}
