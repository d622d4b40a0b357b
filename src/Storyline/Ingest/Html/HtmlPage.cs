namespace Storyline.Ingest.Html;

/// <summary>What an HTML page holds as an article: title, main-content blocks in order, the boilerplate dropped, and metadata.</summary>
public sealed record HtmlPage(string? Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedSpan> Removed)
{
    public DateTimeOffset? Published { get; init; }

    public string? Author { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? SiteName { get; init; }

    public string? Language { get; init; }
}
