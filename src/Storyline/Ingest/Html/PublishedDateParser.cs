using System.Globalization;

namespace Storyline.Ingest.Html;

/// <summary>Parses the publication dates pages declare (ISO 8601, RFC 1123, compact and day-first forms) and rejects implausible ones.</summary>
internal sealed class PublishedDateParser(TimeProvider clock)
{
    // News on the web starts in the early 1990s; an earlier date is a placeholder (0001-01-01, 1970-01-01) or a typo.
    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Two days of slack covers time zones and embargoed pages dated tomorrow; anything later is a wrong field.
    private static readonly TimeSpan FutureSlack = TimeSpan.FromDays(2);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyyMMdd", "yyyyMMddHHmmss", "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "dd.MM.yyyy", "dd.MM.yyyy HH:mm", "d.M.yyyy",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;

    public DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, Styles, out var exact))
        {
            return Plausible(exact);
        }

        // Numbers only and too short to be a date: TryParse would read "2019" or "43" as some day of this year.
        if (text.Length < 8 || text.All(char.IsAsciiDigit))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed) ? Plausible(parsed) : null;
    }

    private DateTimeOffset? Plausible(DateTimeOffset date)
        => date >= Earliest && date <= clock.GetUtcNow() + FutureSlack ? date : null;
}
