namespace Storyline.Storage;

/// <summary>An article as listed: everything but its text and analysis.</summary>
public sealed record ArticleSummary(
    string Id,
    string Source,
    string? Url,
    string Language,
    string? Title,
    DateTimeOffset? Published,
    int Length);
