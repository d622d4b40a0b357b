namespace Storyline.Figures.Dates;

/// <summary>
/// A date expression found in text. <see cref="Start"/>/<see cref="Length"/> are UTF-16 offsets into the text.
/// <see cref="Resolved"/> is ISO 8601 with the precision the text gives ("2025", "2025-06", "2025-W24", "2025-06-10"),
/// or null when it cannot be resolved: a relative date without a publication date, "in April" without a year and no
/// publication date, or a day that does not exist ("31 février 2025").
/// <see cref="Relative"/> is true when the resolution depends on the publication date (yesterday, Tuesday, "1er juillet").
/// </summary>
public sealed record DateMatch(int Start, int Length, string? Resolved, DatePrecision Precision, bool Relative);
