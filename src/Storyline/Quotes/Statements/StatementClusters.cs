namespace Storyline.Quotes.Statements;

/// <summary>
/// Average-linkage clustering of scored quote pairs: start from one quote a cluster, repeatedly merge the two clusters
/// whose mean pair score is highest while it reaches the threshold. A pair never scored (no shared blocking key) counts 0.
/// Two quotes of one article share a statement only as its two parts, one right after the other from one speaker: an
/// article reports a statement once, and forbidding the rest stops a fragment that fits two of an article's quotes from
/// gluing them together. Runs per connected component of the pairs
/// at or above the threshold, so the cubic step only ever sees a handful of quotes.
/// </summary>
public static class StatementClusters
{
    /// <summary>A component larger than this (a degenerate corpus) is merged greedily, best pair first, instead.</summary>
    public const int MaximumComponent = 300;

    public static IReadOnlyList<IReadOnlyList<int>> Cluster(IReadOnlyList<QuoteProfile> quotes, IReadOnlyDictionary<(int, int), double> scores, double threshold)
    {
        var parent = Enumerable.Range(0, quotes.Count).ToArray();
        foreach (var ((a, b), s) in scores)
        {
            if (s >= threshold)
            {
                parent[Find(parent, a)] = Find(parent, b);
            }
        }

        var result = new List<IReadOnlyList<int>>();
        foreach (var component in Enumerable.Range(0, quotes.Count).GroupBy(i => Find(parent, i)).Select(g => g.ToList()))
        {
            result.AddRange(component.Count == 1 ? [component] : Link(component, quotes, scores, threshold));
        }

        return result.OrderBy(c => c[0]).ToList();
    }

    private static List<List<int>> Link(List<int> members, IReadOnlyList<QuoteProfile> quotes, IReadOnlyDictionary<(int, int), double> scores, double threshold)
    {
        var clusters = members.Select(m => new List<int> { m }).ToList();
        if (members.Count > MaximumComponent)
        {
            return Greedy(clusters, quotes, scores, threshold);
        }

        while (true)
        {
            var (best, x, y) = (double.NegativeInfinity, -1, -1);
            for (var i = 0; i < clusters.Count; i++)
            {
                for (var j = i + 1; j < clusters.Count; j++)
                {
                    var link = Mean(clusters[i], clusters[j], scores);
                    if (link > best && link >= threshold && !SharesArticle(clusters[i], clusters[j], quotes))
                    {
                        (best, x, y) = (link, i, j);
                    }
                }
            }

            if (x < 0)
            {
                return clusters.Select(c => c.Order().ToList()).ToList();
            }

            clusters[x].AddRange(clusters[y]);
            clusters.RemoveAt(y);
        }
    }

    // Best pair first, each merge allowed when the clusters share no article: linear in the pairs, for components too
    // large for the cubic average linkage.
    private static List<List<int>> Greedy(List<List<int>> clusters, IReadOnlyList<QuoteProfile> quotes, IReadOnlyDictionary<(int, int), double> scores, double threshold)
    {
        var of = clusters.SelectMany((c, i) => c.Select(m => (m, i))).ToDictionary(p => p.m, p => p.i);
        foreach (var ((a, b), _) in scores.Where(p => p.Value >= threshold && of.ContainsKey(p.Key.Item1) && of.ContainsKey(p.Key.Item2)).OrderByDescending(p => p.Value))
        {
            var (x, y) = (of[a], of[b]);
            if (x == y || SharesArticle(clusters[x], clusters[y], quotes))
            {
                continue;
            }

            clusters[x].AddRange(clusters[y]);
            foreach (var m in clusters[y])
            {
                of[m] = x;
            }

            clusters[y] = [];
        }

        return clusters.Where(c => c.Count > 0).Select(c => c.Order().ToList()).ToList();
    }

    private static double Mean(List<int> a, List<int> b, IReadOnlyDictionary<(int, int), double> scores) =>
        a.SelectMany(i => b.Select(j => Score(i, j, scores))).Average();

    private static double Score(int i, int j, IReadOnlyDictionary<(int, int), double> scores) =>
        scores.GetValueOrDefault(i < j ? (i, j) : (j, i));

    private static bool SharesArticle(List<int> a, List<int> b, IReadOnlyList<QuoteProfile> quotes) =>
        a.Any(i => b.Any(j => string.Equals(quotes[i].ArticleId, quotes[j].ArticleId, StringComparison.Ordinal) && !Parts(i, j, quotes)));

    // How far apart two quotes of one statement an article gives in two parts may stand, in characters.
    private const int PartsGap = 300;

    // "La présence d'OpenAI en France « permettra … », a déclaré la société." then "« Nous sommes enthousiastes … »": an
    // article may give one statement in two parts, one quote right after the other, from one speaker.
    private static bool Parts(int i, int j, IReadOnlyList<QuoteProfile> quotes)
    {
        var (first, second) = quotes[i].Quote.Start <= quotes[j].Quote.Start ? (quotes[i], quotes[j]) : (quotes[j], quotes[i]);
        var gap = second.Quote.Start - (first.Quote.Start + first.Quote.Length);
        return first.Speaker is not null && string.Equals(first.Speaker, second.Speaker, StringComparison.Ordinal) && gap is >= 0 and <= PartsGap
            && !quotes.Any(q => string.Equals(q.ArticleId, first.ArticleId, StringComparison.Ordinal)
                && q.Quote.Start > first.Quote.Start && q.Quote.Start < second.Quote.Start);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
