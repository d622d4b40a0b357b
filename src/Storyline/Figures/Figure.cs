namespace Storyline.Figures;

/// <summary>
/// A figure of an article's clean text (UTF-16 offsets into <see cref="Article.Text"/>): its value in base units
/// (6.6e9 for "$6.6bn"), unit (ISO 4217 code for money, an English word otherwise), how the text qualifies it, which
/// entity it is about and what it measures. Dates carry <see cref="Date"/> (ISO 8601 at the precision the text gives) and no value.
/// </summary>
public sealed record Figure(string Text, int Start, int Length, FigureKind Kind, double? Value, string? Unit, Qualifier Qualifier)
{
    /// <summary>Canonical name of the entity the figure is about, or null.</summary>
    public string? Subject { get; init; }

    /// <summary>What the figure measures, in English (funding, valuation, users, ...), or null.</summary>
    public string? Attribute { get; init; }

    /// <summary>For dates: "2025", "2025-06" or "2025-06-10", or null when the text gives no anchor.</summary>
    public string? Date { get; init; }
}
