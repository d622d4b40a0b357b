namespace Storyline.Ingest.Html;

/// <summary>
/// The main content of an HTML page as plain-text paragraphs in reading order (headline excluded), the boilerplate
/// found in and around it with the reason it was dropped, and the metadata the page declares.
/// </summary>
public sealed record HtmlPage(string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedSpan> Removed)
{
    public static HtmlPage Empty { get; } = new(null, [], []);

    public DateTimeOffset? Published { get; init; }

    public string? Author { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? SiteName { get; init; }

    /// <summary>The declared language's primary subtag, lowercased ("fr" for <c>lang="fr-FR"</c> or <c>og:locale=fr_FR</c>).</summary>
    public string? Language { get; init; }

    /// <summary>The paragraphs joined by newlines: the text the benchmark scores.</summary>
    public string Text => string.Join('\n', Paragraphs);
}
