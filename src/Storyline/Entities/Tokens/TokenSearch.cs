namespace Storyline.Entities.Tokens;

/// <summary>Tokens are in text order: the first at or after a position is found by binary search, not by a walk.</summary>
internal static class TokenSearch
{
    /// <summary>Index of the first token starting at or after <paramref name="position"/> (Count when none).</summary>
    public static int FirstFrom(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = tokens[mid].Start < position ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    /// <summary>
    /// Index of a sentence's first word: its first token that opens with a letter or a digit, past opening quotation marks
    /// and dashes (<paramref name="end"/> when none): it has a capital whatever word it is.
    /// </summary>
    public static int FirstWord(IReadOnlyList<Token> tokens, int start, int end)
    {
        var first = start;
        while (first < end && !char.IsLetterOrDigit(tokens[first].Text[0]))
        {
            first++;
        }

        return first;
    }
}
