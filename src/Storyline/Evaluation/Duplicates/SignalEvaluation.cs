using Storyline.Dictionaries;
using Storyline.Duplicates;

namespace Storyline.Evaluation.Duplicates;

/// <summary>
/// What each language-independent signal is worth for telling the same story from another, on the SemEval-2022 task 8
/// pairs: every text analysed as ingest does, the signals of each pair computed (<see cref="PairSignals"/>), and each
/// signal scored alone (ROC AUC, best F1) on same-story pairs (overall 1 to 1.5) against unrelated ones (3.5 to 4),
/// across languages and within one language apart.
/// </summary>
public sealed class SignalEvaluation(Pipeline pipeline)
{
    public static SignalEvaluation Default => new(new Pipeline());

    public IReadOnlyList<SignalScore> Evaluate(string path, CancellationToken cancellationToken)
    {
        var pairs = StoryPairReader.Read(path).Where(p => p.Overall <= StoryPair.SameStory || p.Overall >= StoryPair.OtherStory).ToList();
        var signals = pairs.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(p =>
        {
            var a = Analyze(p.Id + ":1", p.Text1, p.Language1);
            var b = Analyze(p.Id + ":2", p.Text2, p.Language2);
            return PairSignals.Of(a, b, ArticleProfile.Of(a), ArticleProfile.Of(b));
        }).ToList();
        var rows = new List<SignalScore>();
        var dictionaries = BilingualDictionaries.Installed;
        var groups = new (string Name, Func<StoryPair, bool> Chosen)[]
        {
            ("across languages", p => p.CrossLanguage),
            // Where the installed dictionaries know both languages: the only pairs the dictionary signal can tell apart.
            ("across, in dictionaries", p => p.CrossLanguage && dictionaries.Knows(p.Language1) && dictionaries.Knows(p.Language2)),
            ("one language", p => !p.CrossLanguage),
        };
        foreach (var (name, isChosen) in groups)
        {
            var chosen = pairs.Select((p, i) => (p, i)).Where(x => isChosen(x.p)).ToList();
            if (chosen.Count == 0)
            {
                continue;
            }

            for (var s = 0; s < PairSignals.Names.Count; s++)
            {
                var scored = chosen.Select(x => (Same: x.p.Overall <= StoryPair.SameStory, Value: signals[x.i][s])).ToList();
                rows.Add(Score(PairSignals.Names[s], name, scored));
            }
        }

        return rows;
    }

    private Article Analyze(string id, string text, string language) =>
        pipeline.Analyze(new RawDocument(id, ContentKind.Text, text, "") { DeclaredLanguage = language }, id);

    private static SignalScore Score(string signal, string pairs, List<(bool Same, double Value)> scored)
    {
        var same = scored.Count(x => x.Same);
        var other = scored.Count - same;

        // AUC by ranks (Mann-Whitney U), ties counted half.
        var ordered = scored.OrderBy(x => x.Value).ToList();
        double rankSum = 0;
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j < ordered.Count && ordered[j].Value == ordered[i].Value)
            {
                j++;
            }

            var rank = ((i + 1) + j) / 2.0;
            rankSum += rank * ordered.Skip(i).Take(j - i).Count(x => x.Same);
            i = j;
        }

        var auc = same == 0 || other == 0 ? 0 : (rankSum - (same * (same + 1) / 2.0)) / ((double)same * other);
        var (bestF1, threshold) = (0.0, 0.0);
        foreach (var t in scored.Select(x => x.Value).Distinct())
        {
            var tp = scored.Count(x => x.Same && x.Value >= t);
            var fp = scored.Count(x => !x.Same && x.Value >= t);
            var f1 = 2.0 * tp / ((2.0 * tp) + fp + (same - tp));
            if (f1 > bestF1)
            {
                (bestF1, threshold) = (f1, t);
            }
        }

        return new SignalScore(signal, pairs, same, other, Math.Round(auc, 3), Math.Round(bestF1, 3), Math.Round(threshold, 3));
    }
}
