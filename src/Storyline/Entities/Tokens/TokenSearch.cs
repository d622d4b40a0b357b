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
}
