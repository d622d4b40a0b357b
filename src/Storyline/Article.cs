namespace Storyline;

/// <summary>A clean, language-tagged article: what every later stage reads and what the store keeps.</summary>
public sealed record Article
{
    /// <summary>Identity: hash of the normalised content plus the source URL when given (see <see cref="ArticleIdentity"/>).</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    public string? Url { get; init; }

    /// <summary>ISO 639-1 code, or <c>und</c> when no language could be told.</summary>
    public required string Language { get; init; }

    public double LanguageConfidence { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Author { get; init; }

    public string? SiteName { get; init; }

    /// <summary>The clean content: paragraphs separated by a blank line, boilerplate removed.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<RemovedSpan> Removed { get; init; } = [];

    /// <summary>Paragraphs in another language than <see cref="Language"/>.</summary>
    public IReadOnlyList<LanguageSpan> ForeignSpans { get; init; } = [];

    /// <summary>People, organisations, places and products named in <see cref="Text"/>, each under its canonical name.</summary>
    public IReadOnlyList<Entities.Entity> Entities { get; init; } = [];

    /// <summary>Amounts, counts, shares, dates and durations of <see cref="Text"/>, with what and whom each is about.</summary>
    public IReadOnlyList<Figures.Figure> Figures { get; init; } = [];

    /// <summary>Quotations of <see cref="Text"/> with their speakers.</summary>
    public IReadOnlyList<Quotes.Quote> Quotes { get; init; } = [];

    /// <summary>SHA-256 of the bytes as read, before any decoding.</summary>
    public required string RawHash { get; init; }
}
