namespace Storyline.Entities.Tagging;

/// <summary>
/// Left-to-right tagging, each decision seeing the two labels before it; an I- label may only continue a span of its
/// own type. The same loop trains (with gold labels and a perceptron to update) and tags, so the two cannot drift apart.
/// </summary>
public static class GreedyDecoder
{
    public delegate void Scorer(IReadOnlyList<uint> features, Span<float> scores);

    // When training, gold holds the right labels and each decision updates the learner.
    public static int[] Decode(SentenceFeatures sentence, Scorer score, IReadOnlyList<int>? gold = null, AveragedPerceptron? learner = null)
    {
        var n = sentence.Length;
        var chosen = new int[n];
        var features = new List<uint>(SentenceFeatures.MaxPerToken + 8);
        Span<float> scores = stackalloc float[TagSet.Count];
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            features.AddRange(sentence.Static(i));
            var previous = i > 0 ? chosen[i - 1] : -1;
            sentence.HistoryFeatures(i, Name(previous), Name(i > 1 ? chosen[i - 2] : -1), features);
            scores.Clear();
            score(features, scores);
            var best = Best(scores, previous);
            if (gold is not null && learner is not null)
            {
                learner.Update(features, gold[i], best);
            }

            chosen[i] = best;
        }

        return chosen;
    }

    private static int Best(Span<float> scores, int previous)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (TagSet.IsInside(k) && !Continues(k, previous))
            {
                continue;
            }

            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }

    private static bool Continues(int inside, int previous) => previous > 0 && TagSet.TypeOf(previous) == TagSet.TypeOf(inside);

    private static string Name(int label) => label < 0 ? "<s>" : TagSet.Labels[label];
}
