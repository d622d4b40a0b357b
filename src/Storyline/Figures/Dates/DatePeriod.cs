using System.Globalization;

namespace Storyline.Figures.Dates;

/// <summary>
/// The period a resolved date names, as <see cref="Figure.Date"/> and <see cref="DateMatch"/> write it in ISO 8601:
/// "2025" a year, "2025-06" a month, "2025-06-10" a day, each from its first to its last tick in UTC. A week
/// ("2025-W23") or anything else names none here.
/// </summary>
public static class DatePeriod
{
    public static (DateTimeOffset From, DateTimeOffset To, DatePrecision Precision)? Of(string? iso)
    {
        var (format, precision) = iso?.Length switch
        {
            4 => ("yyyy", DatePrecision.Year),
            7 => ("yyyy-MM", DatePrecision.Month),
            10 => ("yyyy-MM-dd", DatePrecision.Day),
            _ => (null, DatePrecision.Day),
        };
        if (format is null || !DateTimeOffset.TryParseExact(iso, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from))
        {
            return null;
        }

        var next = precision switch
        {
            DatePrecision.Year => from.AddYears(1),
            DatePrecision.Month => from.AddMonths(1),
            _ => from.AddDays(1),
        };
        return (from, next.AddTicks(-1), precision);
    }
}
