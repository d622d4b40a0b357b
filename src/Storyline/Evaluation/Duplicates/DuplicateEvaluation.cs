using System.Text.Json;
using Storyline.Duplicates;
using Storyline.Storage.Sqlite;

namespace Storyline.Evaluation.Duplicates;

/// <summary>
/// Labelled pairs scored as users get them: the gold articles beside each duplicates.jsonl are analysed as ingest does,
/// stored in a real SQLite file in arrival order, the duplicate index brought up to date, and the pairs it found (with the
/// pairs that follow from them) compared with the labels, per relation. The gold lists every pair created and every pair
/// that follows one step through a shared source, so a pair found between two of its articles that it does not list is
/// scored as a <c>none</c> pair called a duplicate: two reports of one story written apart, called a translation, count
/// against precision. (Before 2026-12-03 such pairs were not scored, which hid those errors.)
/// </summary>
public sealed class DuplicateEvaluation(Pipeline pipeline)
{
    public const string FileName = "duplicates.jsonl";

    public static DuplicateEvaluation Default => new(new Pipeline());

    public async Task<IReadOnlyList<DuplicateScore>> EvaluateAsync(string path, List<PairOutcome>? outcomes, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : [path];
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"no {FileName} under {path}");
        }

        var all = new List<PairOutcome>();
        foreach (var file in files)
        {
            all.AddRange(await EvaluateFileAsync(file, cancellationToken).ConfigureAwait(false));
        }

        outcomes?.AddRange(all);
        var rows = new List<DuplicateScore>();
        foreach (var relation in new[] { DuplicateRelation.Copy, DuplicateRelation.Rewrite, DuplicateRelation.Translation, DuplicateRelation.None })
        {
            rows.Add(Score(relation.ToString().ToLowerInvariant(), all, o => o.Gold.Relation == relation, o => o.Found == relation));
        }

        rows.Add(Score("any", all, o => o.Gold.Relation != DuplicateRelation.None, o => o.Found != DuplicateRelation.None));
        return rows;
    }

    public static IReadOnlyList<GoldPair> ReadPairs(string file) =>
        File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l =>
        {
            var d = JsonDocument.Parse(l).RootElement;
            return new GoldPair(
                d.GetProperty("a").GetString()!, d.GetProperty("b").GetString()!, Enum.Parse<DuplicateRelation>(d.GetProperty("relation").GetString()!, ignoreCase: true));
        }).ToList();

    private async Task<List<PairOutcome>> EvaluateFileAsync(string file, CancellationToken cancellationToken)
    {
        var gold = ReadPairs(file);
        var articles = GoldArticleReader.Read(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, GoldArticleReader.FileName));
        var analysed = articles.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(g => pipeline.Analyze(
            new RawDocument(g.File, ContentKind.Text, g.Text, "") { Title = g.Title, DeclaredLanguage = g.Language, Published = g.Published }, g.Id)).ToList();
        var db = Path.Combine(Path.GetTempPath(), $"storyline-eval-duplicates-{Guid.NewGuid():N}.db");
        try
        {
            IReadOnlyList<Duplicate> found;
            await using (var store = await SqliteArticleStore.OpenAsync(db, cancellationToken).ConfigureAwait(false))
            {
                await store.AddAsync(analysed, cancellationToken).ConfigureAwait(false);
                await new DuplicateIndex(store).UpdateAsync(null, cancellationToken).ConfigureAwait(false);
                found = await store.DuplicatesAsync(null, cancellationToken).ConfigureAwait(false);
            }

            var languages = analysed.ToDictionary(a => a.Id, a => a.Language, StringComparer.Ordinal);
            var pairs = DuplicateGraph.WithDerived(found, id => languages.GetValueOrDefault(id));
            var byKey = new Dictionary<(string, string), Duplicate>();
            foreach (var d in pairs)
            {
                byKey.TryAdd(DuplicateGraph.Key(d.A, d.B), d);
            }

            var outcomes = gold.Select(g => byKey.TryGetValue(DuplicateGraph.Key(g.A, g.B), out var d)
                ? new PairOutcome(g, d.Relation, d.Similarity, d.Via is not null)
                : new PairOutcome(g, DuplicateRelation.None, 0, false)).ToList();
            var labelled = gold.Select(g => DuplicateGraph.Key(g.A, g.B)).ToHashSet();
            outcomes.AddRange(byKey.Where(p => !labelled.Contains(p.Key)).OrderBy(p => p.Key)
                .Select(p => new PairOutcome(new GoldPair(p.Value.A, p.Value.B, DuplicateRelation.None), p.Value.Relation, p.Value.Similarity, p.Value.Via is not null)));
            return outcomes;
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private static DuplicateScore Score(string name, List<PairOutcome> all, Func<PairOutcome, bool> gold, Func<PairOutcome, bool> found)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var o in all)
        {
            (tp, fp, fn, tn) = (gold(o), found(o)) switch
            {
                (true, true) => (tp + 1, fp, fn, tn),
                (false, true) => (tp, fp + 1, fn, tn),
                (true, false) => (tp, fp, fn + 1, tn),
                _ => (tp, fp, fn, tn + 1),
            };
        }

        return new DuplicateScore(name, all.Count(gold), new ConfusionMatrix(tp, fp, fn, tn));
    }
}
