namespace Storyline.Quotes.Statements;

/// <summary>
/// Whether two folded words look like the same word in related languages, with no dictionary: the same word; the same first
/// <see cref="PrefixLength"/> letters with enough in common overall (expansion/Expansion, europäischen/européenne); or a
/// longest common subsequence of at least <see cref="MinimumRatio"/> of the longer word (ecosystem/Ökosystems,
/// précaution/caution), Melamed's LCSR cognate test (Computational Linguistics 25(1), 1999), with enough letter pairs in common.
/// </summary>
public static class Cognates
{
    public const int PrefixLength = 5;

    /// <summary>Five-letter words are too short for the subsequence test alone: every/never, stadt/start share four letters by chance.</summary>
    public const int SubsequenceLength = 6;

    /// <summary>0.7 keeps incident/incidente and institutions/Institutionen, and drops latence/lancement (0.5).</summary>
    public const double MinimumRatio = 0.7;

    /// <summary>A shared prefix still needs half the letters in common: a short word does not match every long one it begins (parti/participation).</summary>
    public const double PrefixRatio = 0.5;

    /// <summary>0.6 of letter pairs shared keeps ecosysteme/okosystems (0.67) and profondement/profundamente (0.61), drops argent/largest (0.55).</summary>
    public const double MinimumBigrams = 0.6;

    /// <summary>
    /// Long words that start alike need less: flourishing/florissant (0.64), développement/Entwicklung no. Suffixes differ
    /// most between languages (-ing/-ant, -ung/-ment), and a long word leaves room for them.
    /// </summary>
    public const int LongWord = 9;

    public const double LongWordRatio = 0.6;

    /// <summary>Longer "words" are URLs or runs of letters, not words; they match only when equal.</summary>
    public const int MaximumLength = 40;

    /// <summary>Which words of <paramref name="a"/> have a cognate in <paramref name="b"/>, and which of b in a: each pair tested once.</summary>
    public static (bool[] A, bool[] B) Marked(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (inA, inB) = (new bool[a.Count], new bool[b.Count]);
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if ((!inA[i] || !inB[j]) && Match(a[i], b[j]))
                {
                    inA[i] = inB[j] = true;
                }
            }
        }

        return (inA, inB);
    }

    public static bool Match(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (Math.Min(a.Length, b.Length) == PrefixLength - 1)
        {
            // A fragment's short word: tech/Technologie, but not tech/team.
            return a.Length < b.Length ? b.StartsWith(a, StringComparison.Ordinal) : a.StartsWith(b, StringComparison.Ordinal);
        }

        if (a.Length < PrefixLength || b.Length < PrefixLength || Math.Min(a.Length, b.Length) < PrefixRatio * Math.Max(a.Length, b.Length)
            || Math.Max(a.Length, b.Length) > MaximumLength)
        {
            return false;
        }

        return Judge(a, b);
    }

    /// <summary>
    /// A looser test for a noun and a word of a name in another language, where the word's ending alone differs
    /// (museum/Museo, museum/Musée): the same first four letters, the shorter word at least <see cref="NameStemLength"/> of
    /// the longer, and a common subsequence of at least <see cref="NameStemRatio"/> of it (museum/musical: 0.57).
    /// </summary>
    public static bool NameStem(string a, string b)
    {
        if (Match(a, b))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= PrefixLength && shorter.Length >= NameStemLength * longer.Length && longer.Length <= MaximumLength
            && a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4)) && (double)Lcs(a, b) / longer.Length >= NameStemRatio;
    }

    public const double NameStemLength = 0.8;

    public const double NameStemRatio = 0.65;

    private static bool Judge(string a, string b)
    {
        var prefix = a.AsSpan(0, PrefixLength).SequenceEqual(b.AsSpan(0, PrefixLength));
        var start = a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3));
        var longest = Math.Max(a.Length, b.Length);
        if (!prefix && !start && (Math.Min(a.Length, b.Length) < MinimumRatio * longest || SharedLetters(a, b) < MinimumRatio * longest))
        {
            // Most word pairs of two quotes: too few letters in common for any test, decided without the quadratic subsequence.
            return false;
        }

        var ratio = (double)Lcs(a, b) / longest;
        return ratio >= MinimumRatio && Math.Min(a.Length, b.Length) >= SubsequenceLength && Bigrams(a, b) >= MinimumBigrams
            || prefix && ratio >= PrefixRatio
            || Math.Min(a.Length, b.Length) >= LongWord && start && ratio >= LongWordRatio;
    }

    // Dice coefficient of the letter pairs: the subsequence test alone lets scattered letters match (argent/largest).
    private static double Bigrams(string a, string b)
    {
        var shared = 0;
        var pairs = new List<(char, char)>(b.Length);
        for (var j = 1; j < b.Length; j++)
        {
            pairs.Add((b[j - 1], b[j]));
        }

        for (var i = 1; i < a.Length; i++)
        {
            var k = pairs.IndexOf((a[i - 1], a[i]));
            if (k >= 0)
            {
                shared++;
                pairs.RemoveAt(k);
            }
        }

        return 2.0 * shared / (a.Length + b.Length - 2);
    }

    // An upper bound of the common subsequence: the letters both words have, with their counts.
    private static int SharedLetters(string a, string b)
    {
        Span<int> counts = stackalloc int[128];
        counts.Clear();
        var other = 0;
        foreach (var c in a)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        var shared = 0;
        foreach (var c in b)
        {
            if (c >= 128)
            {
                shared += other > 0 ? 1 : 0;
                other--;
            }
            else if (counts[c]-- > 0)
            {
                shared++;
            }
        }

        return shared;
    }

    private static int Lcs(string a, string b)
    {
        Span<int> row = stackalloc int[b.Length + 1];
        row.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
