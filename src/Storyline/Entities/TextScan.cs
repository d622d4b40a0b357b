namespace Storyline.Entities;

/// <summary>Small reads of an article's text that several name rules share: a word's neighbours, whole-word matches, names in marks.</summary>
internal static class TextScan
{
    /// <summary>
    /// Each closed pair of quotation marks holding at most <paramref name="maxLength"/> characters: where its opening mark is,
    /// and its inside without the spaces French sets inside its marks (« Le Monde »); none that holds only spaces.
    /// </summary>
    public static IEnumerable<(int Open, int Start, int End)> Quoted(string text, int maxLength)
    {
        foreach (var span in Quotes.QuoteMarks.Find(text))
        {
            if (span.Close < 0 || span.Close - span.Open > maxLength)
            {
                continue;
            }

            var (start, end) = Text.Whitespace.Trimmed(text, span.Open + 1, span.Close);
            if (end > start)
            {
                yield return (span.Open, start, end);
            }
        }
    }

    /// <summary>The letters ending right before position <paramref name="at"/>, past the spaces before it ("" when none).</summary>
    public static string WordBefore(string text, int at) => WordBeforeAt(text, at).Word;

    /// <summary><see cref="WordBefore"/>, with the position where the word starts, where the one before it is read from.</summary>
    public static (string Word, int Start) WordBeforeAt(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (text[start..end], start);
    }

    /// <summary>The letters starting right after position <paramref name="at"/>, past the spaces after it ("" when none).</summary>
    public static string WordAfter(string text, int at) => WordAfterAt(text, at).Word;

    /// <summary><see cref="WordAfter"/>, with the position right after the word, where the next one is read from.</summary>
    public static (string Word, int End) WordAfterAt(string text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return (text[start..end], end);
    }

    /// <summary>Whether the text at <paramref name="i"/> holds <paramref name="length"/> letters with no letter either side.</summary>
    public static bool WholeWordAt(string text, int i, int length) =>
        (i == 0 || !char.IsLetter(text[i - 1])) && (i + length >= text.Length || !char.IsLetter(text[i + length]));
}
