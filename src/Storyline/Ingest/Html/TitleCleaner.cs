namespace Storyline.Ingest.Html;

/// <summary>Removes the site name that CMSs append to page titles ("Headline | Site", "Headline - Site").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " // "];

    // A suffix longer than this is more likely part of the headline ("Brexit - what happens next for the Irish border").
    private const int MaxSuffixLength = 40;

    public static string? Clean(string? title, string? siteName)
    {
        var text = HtmlText.Collapse(title);
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = text[..at].TrimEnd();
            var tail = text[(at + separator.Length)..].Trim();
            var isSite = siteName is not null && (tail.Equals(siteName, StringComparison.OrdinalIgnoreCase)
                || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase) || tail.Contains(siteName, StringComparison.OrdinalIgnoreCase));
            if (isSite || (tail.Length <= MaxSuffixLength && tail.Length < head.Length && head.Length >= 15))
            {
                return head;
            }
        }

        // "Site | Headline": the site name comes first on some CMSs.
        if (siteName is not null)
        {
            foreach (var separator in Separators)
            {
                var prefix = siteName + separator;
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length)
                {
                    return text[prefix.Length..];
                }
            }
        }

        return text;
    }
}
