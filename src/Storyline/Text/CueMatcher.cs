namespace Storyline.Text;

/// <summary>Matches lower-cased cue phrases in a lower-cased paragraph, on word boundaries.</summary>
public static class CueMatcher
{
    /// <summary>The paragraph opens with a cue; the length of the cue matched, or 0.</summary>
    public static int StartsWith(string lower, IReadOnlyList<string> cues)
    {
        var best = 0;
        foreach (var cue in cues)
        {
            if (cue.Length > best && lower.StartsWith(cue, StringComparison.Ordinal) && EndsAtBoundary(lower, cue.Length, cue))
            {
                best = cue.Length;
            }
        }

        return best;
    }

    public static bool Contains(string lower, IReadOnlyList<string> cues) => Count(lower, cues) > 0;

    /// <summary>How many distinct cues occur in the paragraph.</summary>
    public static int Count(string lower, IReadOnlyList<string> cues)
    {
        var count = 0;
        foreach (var cue in cues)
        {
            if (IndexOfWord(lower, cue, 0) >= 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Nothing but cues, separators and punctuation: "Share this story: Facebook X LinkedIn Email".</summary>
    public static bool IsOnly(string lower, IReadOnlyList<string> cues)
    {
        var rest = lower.ToCharArray();
        foreach (var cue in cues.OrderByDescending(c => c.Length))
        {
            for (var at = IndexOfWord(lower, cue, 0); at >= 0; at = IndexOfWord(lower, cue, at + cue.Length))
            {
                Array.Fill(rest, ' ', at, cue.Length);
            }
        }

        return !rest.Any(char.IsLetterOrDigit);
    }

    private static int IndexOfWord(string lower, string cue, int from)
    {
        for (var at = lower.IndexOf(cue, from, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(lower[at - 1]) || !char.IsLetterOrDigit(cue[0]);
            if (startOk && EndsAtBoundary(lower, at + cue.Length, cue))
            {
                return at;
            }
        }

        return -1;
    }

    // A cue that ends in punctuation ("source:", "fot.") may touch the next word; one that ends in a letter may not.
    private static bool EndsAtBoundary(string lower, int end, string cue) =>
        end == lower.Length || !char.IsLetterOrDigit(lower[end]) || !char.IsLetterOrDigit(cue[^1]);
}
