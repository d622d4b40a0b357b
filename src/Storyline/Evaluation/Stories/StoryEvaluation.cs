using Storyline.Duplicates;
using Storyline.Storage.Sqlite;
using Storyline.Stories;

namespace Storyline.Evaluation.Stories;

/// <summary>
/// Stories scored as users get them: the gold articles (articles.jsonl with <c>story</c> labels) are analysed as ingest
/// does, stored in a SQLite file and indexed for duplicates, then assigned to stories online in publication order
/// (<see cref="StoryClusterer"/>), and the stories found compared with the gold ones.
/// </summary>
public sealed class StoryEvaluation(Pipeline pipeline)
{
    public static StoryEvaluation Default => new(new Pipeline());

    public async Task<StoryScore> EvaluateAsync(string path, double threshold, IList<(GoldArticle Gold, StoryDecision Decision)>? decisions, CancellationToken cancellationToken)
    {
        var gold = ArrivalOrder(GoldArticleReader.Read(path));
        var analysed = gold.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(g => pipeline.Analyze(
            new RawDocument(g.File, ContentKind.Text, g.Text, "") { Title = g.Title, DeclaredLanguage = g.Language, Published = g.Published }, g.Id)).ToList();
        var duplicates = await DuplicatesAsync(analysed, cancellationToken).ConfigureAwait(false);
        var clusterer = new StoryClusterer(threshold);
        foreach (var (article, g) in analysed.Zip(gold))
        {
            var decision = clusterer.Assign(StoryArticle.Of(article, duplicates.GetValueOrDefault(article.Id) ?? []));
            decisions?.Add((g, decision));
        }

        var found = gold.Select(g => clusterer.StoryOf(g.Id).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return Score(gold, found);
    }

    /// <summary>
    /// Same-story decisions on SemEval-2022 task 8 pairs (overall 1 to 1.5: the same story; 3.5 to 4: another; those between
    /// left out): every distinct text analysed and assigned in one stream, in file order, and each pair judged by whether
    /// its two articles ended in one story. Across languages and within one language apart.
    /// </summary>
    public (ConfusionMatrix CrossLanguage, ConfusionMatrix SameLanguage) EvaluatePairs(string csv, double threshold, CancellationToken cancellationToken, string? half = null)
    {
        var pairs = Duplicates.StoryPairReader.Read(csv).Where(p => p.Overall <= Duplicates.StoryPair.SameStory || p.Overall >= Duplicates.StoryPair.OtherStory).ToList();
        var texts = new Dictionary<string, (string Id, string Language)>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            texts.TryAdd(p.Text1, ($"t{texts.Count}", p.Language1));
            texts.TryAdd(p.Text2, ($"t{texts.Count}", p.Language2));
        }

        var articles = texts.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(t => pipeline.Analyze(
            new RawDocument(t.Value.Id, ContentKind.Text, t.Key, "") { DeclaredLanguage = t.Value.Language }, t.Value.Id)).ToList();
        var clusterer = new StoryClusterer(threshold);
        foreach (var a in articles)
        {
            clusterer.Assign(StoryArticle.Of(a, []));
        }

        var (cross, same) = (ConfusionMatrix.Zero, ConfusionMatrix.Zero);
        foreach (var p in pairs.Where(p => half is null || Half(p.Id) == half))
        {
            var isGold = p.Overall <= Duplicates.StoryPair.SameStory;
            var isFound = clusterer.StoryOf(texts[p.Text1].Id) == clusterer.StoryOf(texts[p.Text2].Id);
            var cell = new ConfusionMatrix(isGold && isFound ? 1 : 0, !isGold && isFound ? 1 : 0, isGold && !isFound ? 1 : 0, !isGold && !isFound ? 1 : 0);
            (cross, same) = p.CrossLanguage ? (cross + cell, same) : (cross, same + cell);
        }

        return (cross, same);
    }

    /// <summary>
    /// The half of the pairs a pair belongs to, <see cref="TuneHalf"/> or <see cref="ReportHalf"/>, by the parity of a
    /// stable hash of its id, which does not look at its label. Every text is still assigned in one stream, so the two
    /// halves' counts add up to those of the whole file. The clusterer's weights and threshold were chosen on the tune half.
    /// </summary>
    public static string Half(string pairId) =>
        (System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pairId))[0] & 1) == 0 ? TuneHalf : ReportHalf;

    public const string TuneHalf = "dev";

    public const string ReportHalf = "test";

    /// <summary>Articles arrive in publication order, not grouped by story as a gold file lists them (<see cref="Storyline.Stories.ArrivalOrder"/>).</summary>
    public static IReadOnlyList<GoldArticle> ArrivalOrder(IReadOnlyList<GoldArticle> gold) => Storyline.Stories.ArrivalOrder.Of(gold, g => g.Published);

    public static StoryScore Score(IReadOnlyList<GoldArticle> gold, IReadOnlyList<string> found)
    {
        var n = gold.Count;
        double precision = 0, recall = 0;
        for (var i = 0; i < n; i++)
        {
            var sameFound = Enumerable.Range(0, n).Where(j => found[j] == found[i]).ToList();
            var sameGold = Enumerable.Range(0, n).Where(j => gold[j].Story == gold[i].Story).ToList();
            var both = sameFound.Count(j => gold[j].Story == gold[i].Story);
            precision += (double)both / sameFound.Count;
            recall += (double)both / sameGold.Count;
        }

        (precision, recall) = n == 0 ? (0, 0) : (precision / n, recall / n);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var (cross, same) = (ConfusionMatrix.Zero, ConfusionMatrix.Zero);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var (isGold, isFound) = (gold[i].Story == gold[j].Story, found[i] == found[j]);
                var cell = new ConfusionMatrix(isGold && isFound ? 1 : 0, !isGold && isFound ? 1 : 0, isGold && !isFound ? 1 : 0, !isGold && !isFound ? 1 : 0);
                if (gold[i].Language == gold[j].Language)
                {
                    same += cell;
                }
                else
                {
                    cross += cell;
                }
            }
        }

        return new StoryScore(
            n, gold.Select(g => g.Story).Distinct().Count(), found.Distinct().Count(), precision, recall, f1, AdjustedRand(gold.Select(g => g.Story).ToList(), found), cross, same);
    }

    // Hubert and Arabie's adjusted Rand index from the contingency table of gold stories against found ones.
    private static double AdjustedRand(List<string> gold, IReadOnlyList<string> found)
    {
        static double Pairs(double x) => x * (x - 1) / 2;
        var cells = gold.Zip(found).GroupBy(p => p).Sum(g => Pairs(g.Count()));
        var rows = gold.GroupBy(g => g).Sum(g => Pairs(g.Count()));
        var columns = found.GroupBy(f => f).Sum(g => Pairs(g.Count()));
        var expected = rows * columns / Pairs(gold.Count);
        var maximum = (rows + columns) / 2;
        return maximum == expected ? 1 : (cells - expected) / (maximum - expected);
    }

    // For each article, the earlier articles it copies, rewrites or translates, as the duplicate index finds them in a real store.
    private static async Task<Dictionary<string, List<string>>> DuplicatesAsync(List<Article> articles, CancellationToken cancellationToken)
    {
        var db = Path.Combine(Path.GetTempPath(), $"storyline-eval-stories-{Guid.NewGuid():N}.db");
        try
        {
            IReadOnlyList<Duplicate> pairs;
            await using (var store = await SqliteArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false))
            {
                await store.AddAsync(articles, cancellationToken).ConfigureAwait(false);
                await new DuplicateIndex(store).UpdateAsync(null, cancellationToken).ConfigureAwait(false);
                pairs = await store.DuplicatesAsync(null, cancellationToken).ConfigureAwait(false);
            }

            var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var d in pairs)
            {
                (map.TryGetValue(d.B, out var list) ? list : map[d.B] = []).Add(d.A);
            }

            return map;
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}
