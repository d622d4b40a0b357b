namespace Storyline.Entities.Tagging;

/// <summary>
/// The best label sequence under a first-order model (Viterbi): each token's score for a label adds its own features
/// and the features of that label following the previous one. An I- label may only continue a span of its own type.
/// Training is the structured perceptron (Collins 2002): decode, and where the best sequence differs from the gold one,
/// move the weights towards the gold features and away from the predicted ones. Linear in the sentence length.
/// </summary>
public static class ViterbiDecoder
{
    public delegate void Scorer(ReadOnlySpan<uint> features, Span<float> scores);

    private const int Start = -1;

    /// <summary>The best labels; <paramref name="leans"/>, where given, adds to every name label of a token: evidence from outside the sentence.</summary>
    public static int[] Decode(SentenceFeatures sentence, Scorer score, float[]? leans = null)
    {
        var n = sentence.Length;
        var labels = TagSet.Count;
        if (n == 0)
        {
            return [];
        }

        var best = new float[n * labels];
        var back = new int[n * labels];
        Span<float> emit = stackalloc float[labels];
        Span<float> transition = stackalloc float[labels];
        Span<uint> history = stackalloc uint[SentenceFeatures.HistoryCount];
        for (var i = 0; i < n; i++)
        {
            emit.Clear();
            score(sentence.Static(i), emit);
            if (leans is not null && leans[i] != 0)
            {
                for (var l = 1; l < labels; l++)
                {
                    emit[l] += leans[i];
                }
            }

            var previousLabels = i == 0 ? 1 : labels;
            for (var l = 0; l < labels; l++)
            {
                best[(i * labels) + l] = float.NegativeInfinity;
            }

            for (var p = 0; p < previousLabels; p++)
            {
                var previous = i == 0 ? Start : p;
                if (i > 0 && float.IsNegativeInfinity(best[((i - 1) * labels) + p]))
                {
                    continue;
                }

                sentence.HistoryFeatures(i, previous, history);
                transition.Clear();
                score(history, transition);
                var before = i == 0 ? 0 : best[((i - 1) * labels) + p];
                for (var l = 0; l < labels; l++)
                {
                    if (TagSet.IsInside(l) && !Continues(l, previous))
                    {
                        continue;
                    }

                    var total = before + emit[l] + transition[l];
                    if (total > best[(i * labels) + l])
                    {
                        best[(i * labels) + l] = total;
                        back[(i * labels) + l] = previous;
                    }
                }
            }
        }

        var path = new int[n];
        var last = 0;
        for (var l = 1; l < labels; l++)
        {
            if (best[((n - 1) * labels) + l] > best[((n - 1) * labels) + last])
            {
                last = l;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[(i * labels) + last];
        }

        return path;
    }

    /// <summary>One structured-perceptron step on a sentence; returns the labels decoded before the update.</summary>
    public static int[] Learn(SentenceFeatures sentence, IReadOnlyList<int> gold, AveragedPerceptron learner)
    {
        var predicted = Decode(sentence, learner.Score);
        learner.Tick();
        Span<uint> history = stackalloc uint[SentenceFeatures.HistoryCount];
        for (var i = 0; i < predicted.Length; i++)
        {
            var goldPrevious = i == 0 ? Start : gold[i - 1];
            var predictedPrevious = i == 0 ? Start : predicted[i - 1];
            if (gold[i] == predicted[i] && goldPrevious == predictedPrevious)
            {
                continue;
            }

            if (gold[i] != predicted[i])
            {
                learner.Adjust(sentence.Static(i), gold[i], 1f);
                learner.Adjust(sentence.Static(i), predicted[i], -1f);
            }

            sentence.HistoryFeatures(i, goldPrevious, history);
            learner.Adjust(history, gold[i], 1f);
            sentence.HistoryFeatures(i, predictedPrevious, history);
            learner.Adjust(history, predicted[i], -1f);
        }

        return predicted;
    }

    /// <summary>
    /// The score of the decoded <paramref name="path"/> with the span from <paramref name="start"/> to before
    /// <paramref name="end"/> read as each type of <see cref="TagSet.Types"/> instead, the labels around it kept: its tokens'
    /// own features and those of the labels before and after it. Only differences between the types mean anything.
    /// </summary>
    public static float[] SpanScores(SentenceFeatures sentence, Scorer score, IReadOnlyList<int> path, int start, int end)
    {
        var types = TagSet.Types.Count;
        var labels = TagSet.Count;
        var result = new float[types];
        Span<float> emit = stackalloc float[labels];
        Span<float> transition = stackalloc float[labels];
        Span<uint> history = stackalloc uint[SentenceFeatures.HistoryCount];
        for (var i = start; i < end; i++)
        {
            // A token's own features score every label at once; the label before it differs by type only inside the span.
            emit.Clear();
            score(sentence.Static(i), emit);
            if (i == start)
            {
                sentence.HistoryFeatures(i, i == 0 ? Start : path[i - 1], history);
                transition.Clear();
                score(history, transition);
            }

            for (var type = 0; type < types; type++)
            {
                var (begin, inside) = ((type * 2) + 1, (type * 2) + 2);
                if (i > start)
                {
                    sentence.HistoryFeatures(i, i == start + 1 ? begin : inside, history);
                    transition.Clear();
                    score(history, transition);
                }

                var label = i == start ? begin : inside;
                result[type] += emit[label] + transition[label];
            }
        }

        if (end < path.Count)
        {
            for (var type = 0; type < types; type++)
            {
                sentence.HistoryFeatures(end, end == start + 1 ? (type * 2) + 1 : (type * 2) + 2, history);
                transition.Clear();
                score(history, transition);
                result[type] += transition[path[end]];
            }
        }

        return result;
    }

    private static bool Continues(int inside, int previous) => previous > 0 && TagSet.TypeOf(previous) == TagSet.TypeOf(inside);
}
