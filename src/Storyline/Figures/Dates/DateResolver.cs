using System.Globalization;

namespace Storyline.Figures.Dates;

/// <summary>
/// Turns what a date expression says into ISO 8601 text. Dates without a year take the publication year, even for a
/// month far ahead of or behind the publication month: guessing from tense needs the verb, which this stage does not
/// read, and news mostly speaks of its own year. Every result is null rather than an exception when it would fall
/// outside the calendar .NET knows (a publication date of 0001-01-01 and "yesterday").
/// </summary>
internal static class DateResolver
{
    /// <summary>Years and publication dates outside this range resolve to null: keeps every addition below in range.</summary>
    private const int MinYear = 2;
    private const int MaxYear = 9998;

    public static DateOnly? Day(DateTimeOffset? published) =>
        published is { } p ? DateOnly.FromDateTime(p.DateTime) is var d && d.Year is >= MinYear and <= MaxYear ? d : null : null;

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A calendar date of month or day precision; null when the day does not exist or there is no year to give it.</summary>
    public static string? Calendar(int? year, int month, int? day, DateOnly? published)
    {
        var y = year ?? published?.Year;
        if (y is not { } known || known is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            return null;
        }

        if (day is not { } d)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{known:D4}-{month:D2}");
        }

        return d >= 1 && d <= DateTime.DaysInMonth(known, month)
            ? string.Create(CultureInfo.InvariantCulture, $"{known:D4}-{month:D2}-{d:D2}")
            : null;
    }

    /// <summary>A relative expression ("last month": unit Month, amount -1) counted from the publication date.</summary>
    public static string? Offset(DatePrecision unit, int amount, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        switch (unit)
        {
            case DatePrecision.Day:
                return Iso(p.AddDays(amount));
            case DatePrecision.Week:
                var day = p.AddDays(7 * amount).ToDateTime(TimeOnly.MinValue);
                return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
            case DatePrecision.Month:
                var month = p.AddMonths(amount);
                return string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-{month.Month:D2}");
            default:
                return Year(p.Year + amount);
        }
    }

    /// <summary>
    /// A weekday named without a date. Plain ("a annoncé mardi"): the most recent such day on or before the publication
    /// date, the same day included, since news reports what has happened. <paramref name="modifier"/> -1 ("last Tuesday",
    /// "mardi dernier"): strictly before; +1 ("next Monday", "lundi prochain"): strictly after.
    /// </summary>
    public static string? Weekday(int dayOfWeek, int modifier, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var today = (int)p.DayOfWeek;
        if (modifier > 0)
        {
            var ahead = (dayOfWeek - today + 7) % 7;
            return Iso(p.AddDays(ahead == 0 ? 7 : ahead));
        }

        var back = (today - dayOfWeek + 7) % 7;
        return Iso(p.AddDays(-(back == 0 && modifier < 0 ? 7 : back)));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
