namespace Storyline.Figures.Dates;

/// <summary>
/// Character rules shared by the date rules. The text is folded once, char for char, so that offsets in the folded
/// text are offsets in the original: lower case (invariant, one char to one char) and typographic apostrophes as '.
/// </summary>
internal static class DateText
{
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
            }
        });

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Where a word or number begins: a date word never starts inside another word ("Dienstags", "Pods2").</summary>
    public static bool IsWordStart(string text, int i) =>
        char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    /// <summary>Whether a phrase may end at <paramref name="end"/>: not in the middle of a word, unless it ends in punctuation ("janv.", "mi-").</summary>
    public static bool EndsAt(string text, int end) =>
        end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]);

    /// <summary>
    /// A gap between two words of one expression: spaces, tabs, no-break spaces, but not a line break, so that a
    /// heading that ends in a month does not run into a paragraph that starts with a year.
    /// </summary>
    public static bool IsGap(char c) => c is not '\n' and not '\r' && char.IsWhiteSpace(c);

    public static int SkipGap(string text, int i)
    {
        while (i < text.Length && IsGap(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads an ASCII number of at most <paramref name="maxDigits"/> digits that is not part of a longer run of digits.</summary>
    public static bool TryNumber(string text, int i, int maxDigits, out int value, out int end)
    {
        value = 0;
        end = i;
        while (end < text.Length && IsAsciiDigit(text[end]))
        {
            if (end - i == maxDigits)
            {
                return false;
            }

            value = (value * 10) + (text[end] - '0');
            end++;
        }

        return end > i;
    }

    /// <summary>
    /// Whether a number that ends at <paramref name="end"/> really ends there: not glued to letters ("2019er", "8h30")
    /// and not the first part of a decimal or a longer figure ("2019,5", "10.06.2025.1").
    /// </summary>
    public static bool NumberEnds(string text, int end) =>
        end >= text.Length
        || (!char.IsLetterOrDigit(text[end])
            && !(text[end] is '.' or ',' or '/' or '-' or ':' && end + 1 < text.Length && IsAsciiDigit(text[end + 1])));

    /// <summary>Whether a number that starts at <paramref name="start"/> is not the tail of a decimal, a time or a version ("1,10", "8.30").</summary>
    public static bool NumberStarts(string text, int start) =>
        start < 2 || !(text[start - 1] is '.' or ',' or '/' or '-' or ':' && IsAsciiDigit(text[start - 2]));
}
