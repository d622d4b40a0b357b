namespace Storyline.Figures;

/// <summary>Finds tokens by text offset (tokens are in text order).</summary>
public static class TokenIndex
{
    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none).</summary>
    public static int FirstFrom(IReadOnlyList<FigureToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the last token ending at or before <paramref name="offset"/> (-1 when none).</summary>
    public static int LastBefore(IReadOnlyList<FigureToken> tokens, int offset)
    {
        var i = FirstFrom(tokens, offset) - 1;
        while (i >= 0 && tokens[i].End > offset)
        {
            i--;
        }

        return i;
    }
}
