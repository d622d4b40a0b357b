namespace Storyline.Quotes.Statements;

/// <summary>
/// Blocking: the pairs of quotes worth scoring are those of different articles that share a key (a word's first letters,
/// the same without its first letter for cognates that differ there, Ökosystem/ecosystem, an entity in or around it, a
/// number). A key that more than <see cref="MaximumBlock"/> quotes share (a frequent word, the company every article is
/// about) proves nothing and would make the work quadratic, so it is dropped: the cost stays near linear in the quotes.
/// </summary>
public static class QuoteBlocks
{
    public const int MaximumBlock = 200;

    public static IEnumerable<(int A, int B)> Candidates(IReadOnlyList<QuoteProfile> quotes)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            foreach (var key in Keys(quotes[i]))
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    blocks[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var seen = new HashSet<(int, int)>();
        foreach (var list in blocks.Values.Where(l => l.Count is > 1 and <= MaximumBlock))
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (list[x], list[y]);
                    if (!string.Equals(quotes[a].ArticleId, quotes[b].ArticleId, StringComparison.Ordinal) && seen.Add((a, b)))
                    {
                        yield return (a, b);
                    }
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

        foreach (var e in q.Entities.Concat(q.Context))
        {
            yield return "e:" + e;
        }

        foreach (var n in q.Numbers)
        {
            yield return "n:" + n;
        }
    }
}
