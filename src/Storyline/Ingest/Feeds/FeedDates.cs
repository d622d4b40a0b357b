using System.Globalization;

namespace Storyline.Ingest.Feeds;

/// <summary>
/// Lenient feed dates: RFC 822 as the standard says, but also ISO 8601 and the variants real feeds emit
/// ("Mon, 3 Mar 2025 10:00:00 CET", no weekday, single-digit days). An unreadable date leaves the item undated, not lost.
/// </summary>
internal static class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00",
        ["UT"] = "+00:00",
        ["UTC"] = "+00:00",
        ["Z"] = "+00:00",
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
        ["CET"] = "+01:00",
        ["CEST"] = "+02:00",
        ["BST"] = "+01:00",
        ["MEZ"] = "+01:00",
        ["MESZ"] = "+02:00",
    };

    public static bool TryParse(string value, out DateTimeOffset result)
    {
        var text = value.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 4)
        {
            text = text[(comma + 1)..].Trim();
        }

        var space = text.LastIndexOf(' ');
        if (space > 0 && Zones.TryGetValue(text[(space + 1)..], out var offset))
        {
            text = text[..space] + " " + offset;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }
}
