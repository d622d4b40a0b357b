namespace Storyline.Ingest.Html;

/// <summary>What a page says about itself in its head, JSON-LD and byline markup.</summary>
internal sealed record PageMetadata(
    string? Title,
    DateTimeOffset? Published,
    string? Author,
    string? CanonicalUrl,
    string? SiteName,
    string? Language);
