namespace Storyline;

/// <summary>
/// One article as a reader found it: decoded to a string but not yet cleaned.
/// Metadata the container declared (a feed item's date, a JSON record's language) travels with it.
/// </summary>
public sealed record RawDocument(
    string Source,
    ContentKind Kind,
    string Content,
    string RawHash)
{
    /// <summary>The article's own address (feed item link, JSON url, canonical link), when known.</summary>
    public string? Url { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Author { get; init; }

    public string? SiteName { get; init; }

    /// <summary>A language the container declared (JSON <c>language</c>, feed or page <c>lang</c>); a hint, checked by identification.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>Set when the bytes were damaged or mislabelled (invalid UTF-8); reported, not fatal.</summary>
    public string? DecodingWarning { get; init; }

    /// <summary>Line in the source file (JSON Lines) or item number (feeds), for error messages.</summary>
    public int? Line { get; init; }
}
