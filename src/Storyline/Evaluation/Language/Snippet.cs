namespace Storyline.Evaluation.Language;

/// <summary>Cuts the start of a text at a sentence or word boundary, to score identification on short paragraphs.</summary>
public static class Snippet
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '。', '！', '？', '؟'];

    /// <summary>
    /// At most <paramref name="maxChars"/> characters: up to the last sentence end in the second half of the window, else
    /// the last space there, else a hard cut (Chinese and Japanese have no spaces).
    /// </summary>
    public static string Cut(string text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        text = text.Trim();
        if (text.Length <= maxChars)
        {
            return text;
        }

        var from = maxChars / 2;
        var sentenceEnd = text.LastIndexOfAny(SentenceEnds, maxChars - 1, maxChars - from);
        if (sentenceEnd >= from)
        {
            return text[..(sentenceEnd + 1)];
        }

        var space = text.LastIndexOf(' ', maxChars, maxChars - from + 1);
        if (space >= from)
        {
            return text[..space];
        }

        // Do not split a surrogate pair.
        var cut = char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
        return text[..cut];
    }
}
