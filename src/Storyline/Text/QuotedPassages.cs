namespace Storyline.Text;

/// <summary>
/// Finds the text between quotation marks in a paragraph (« », „ “, “ ”, ‚ ‘, " ", ‹ ›, 「 」), so that a foreign quote inside
/// a paragraph can be identified on its own. Linear in the paragraph; an unclosed mark yields nothing.
/// </summary>
public static class QuotedPassages
{
    private static readonly (char Open, char Close)[] Pairs =
        [('«', '»'), ('„', '“'), ('“', '”'), ('‚', '‘'), ('"', '"'), ('‹', '›'), ('「', '」'), ('»', '«')];

    public static IEnumerable<(int Start, int Length)> Find(string paragraph)
    {
        var i = 0;
        while (i < paragraph.Length)
        {
            var close = CloseOf(paragraph, i);
            var end = close is { } c ? paragraph.IndexOf(c, i + 1) : -1;
            if (end < 0)
            {
                i++;
                continue;
            }

            var start = i + 1;
            while (start < end && char.IsWhiteSpace(paragraph[start]))
            {
                start++;
            }

            var stop = end;
            while (stop > start && char.IsWhiteSpace(paragraph[stop - 1]))
            {
                stop--;
            }

            if (stop > start)
            {
                yield return (start, stop - start);
            }

            i = end + 1;
        }
    }

    private static char? CloseOf(string paragraph, int at)
    {
        var c = paragraph[at];
        // "»Zitat«" is German typesetting; "«» and "»…«" share marks, so the reading direction follows the first one met.
        foreach (var (open, close) in Pairs)
        {
            if (c == open)
            {
                return close;
            }
        }

        return null;
    }
}
