using System.Globalization;

namespace Storyline.Quotes.Statements;

/// <summary>
/// Blocking: the pairs of quotes worth scoring are those of different articles that share a key (a word's first letters,
/// the same without its first letter for cognates that differ there, Ökosystem/ecosystem, a dictionary concept of a word,
/// an entity in or around it, a number). A key that more than <see cref="MaximumBlock"/> quotes share (a frequent word, the company every article is
/// about) proves nothing and would make the work quadratic, so it is dropped; and a pair that shares a single key is kept
/// only when one of the two quotes is short (a fragment has few keys to share), a number counting as two keys. The work grows with the quotes times
/// their keys times the block size, not with the square of the quotes, and memory with one quote's candidates.
/// </summary>
public static class QuoteBlocks
{
    public const int MaximumBlock = 100;

    /// <summary>A quote with fewer keys than this is short enough that one shared key is worth a look.</summary>
    public const int ShortQuoteKeys = 8;

    private const string NumberKey = "n:";

    public static IEnumerable<(int A, int B)> Candidates(IReadOnlyList<QuoteProfile> quotes)
    {
        var keys = quotes.Select(q => Keys(q).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            foreach (var key in keys[i])
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    blocks[key] = list = [];
                }

                list.Add(i);
            }
        }

        var shared = new Dictionary<int, int>();
        for (var a = 0; a < quotes.Count; a++)
        {
            shared.Clear();
            foreach (var key in keys[a])
            {
                var block = blocks[key];
                if (block.Count > MaximumBlock)
                {
                    continue;
                }

                // A number shared counts twice, as it weighs two words in the score ("Rund 90 Prozent unseres
                // Prozesswassers" and "ongeveer 90 procent van het proceswater" share no word's first letters).
                var weight = key.StartsWith(NumberKey, StringComparison.Ordinal) ? 2 : 1;
                foreach (var b in block)
                {
                    if (b > a && !string.Equals(quotes[a].ArticleId, quotes[b].ArticleId, StringComparison.Ordinal))
                    {
                        shared[b] = shared.GetValueOrDefault(b) + weight;
                    }
                }
            }

            foreach (var (b, count) in shared)
            {
                if (count > 1 || Math.Min(keys[a].Count, keys[b].Count) < ShortQuoteKeys)
                {
                    yield return (a, b);
                }
            }
        }
    }

    private static IEnumerable<string> Keys(QuoteProfile q)
    {
        foreach (var w in q.Words)
        {
            // A fragment's four-letter word keys by itself: tech finds Technologie.
            yield return "w:" + w[..Math.Min(w.Length, Cognates.PrefixLength - 1)];
            yield return "s:" + w[1..Math.Min(w.Length, Cognates.PrefixLength)];
        }

        // A word and its translation share a concept of the dictionaries (Forschungszentrum and recherche: eng:research).
        foreach (var concept in q.WordConcepts.SelectMany(c => c))
        {
            yield return "c:" + concept.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var e in q.Entities.Concat(q.Context))
        {
            yield return "e:" + e;
        }

        foreach (var n in q.Numbers)
        {
            yield return NumberKey + n;
        }
    }
}
