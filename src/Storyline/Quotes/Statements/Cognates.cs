using System.Collections.Concurrent;

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

    private static readonly ConcurrentDictionary<(string, string), bool> Cache = new();

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

        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (Cache.Count > 200_000)
        {
            // Bounded: a long run over many languages must not keep every word pair it ever met.
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, static k => Judge(k.Item1, k.Item2));
    }

    private static bool Judge(string a, string b)
    {
        var ratio = (double)Lcs(a, b) / Math.Max(a.Length, b.Length);
        var prefix = a.AsSpan(0, PrefixLength).SequenceEqual(b.AsSpan(0, PrefixLength));
        return ratio >= MinimumRatio && Math.Min(a.Length, b.Length) >= SubsequenceLength && Bigrams(a, b) >= MinimumBigrams
            || prefix && ratio >= PrefixRatio
            || Math.Min(a.Length, b.Length) >= LongWord && a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3)) && ratio >= LongWordRatio;
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
