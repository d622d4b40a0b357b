using Storyline.Evaluation.Ner;

namespace Storyline.Entities.Tagging;

/// <summary>
/// Trains the <see cref="SpanTyper"/>: every gold name of the labelled sentences is one example, its type the answer; a
/// few epochs of the averaged multiclass perceptron in a shuffled order fixed by the seed.
/// </summary>
public sealed class SpanTypeTrainer(GazetteerLabeller gazetteer, WordClusters clusters)
{
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 7;

    /// <summary>How many perceptrons, each in its own order (seeds from <see cref="Seed"/> on), are averaged into the model.</summary>
    public int Runs { get; init; } = 3;

    public NerModel Train(IReadOnlyList<LabelledSentence> sentences, NerModelInfo info, IProgress<string>? progress = null)
    {
        var examples = new List<(uint[] Features, int Type)>();
        var types = TagSet.Types.ToList();
        foreach (var sentence in sentences)
        {
            var lower = sentence.Tokens.Select(w => w.ToLowerInvariant()).ToArray();
            var known = gazetteer.Label(sentence.Tokens);
            foreach (var span in EntityTagger.Spans(sentence.Tags))
            {
                var type = types.IndexOf(span.Type);
                if (type >= 0)
                {
                    examples.Add((SpanFeatures.Of(lower, sentence.Tokens, span.Start, span.End, known, clusters).ToArray(), type));
                }
            }
        }

        progress?.Report($"{examples.Count:N0} names in {sentences.Count:N0} sentences");
        var models = Enumerable.Range(0, Runs).Select(run => Learn(examples, Seed + run, info, run + 1, progress)).ToList();
        return models.Count == 1 ? models[0] : NerModel.Mean(models, models[0].Info);
    }

    private NerModel Learn(List<(uint[] Features, int Type)> examples, int seed, NerModelInfo info, int run, IProgress<string>? progress)
    {
        var learner = new AveragedPerceptron(TagSet.Types.Count);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<float> scores = stackalloc float[TagSet.Types.Count];
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            var right = 0;
            foreach (var e in order)
            {
                var (features, type) = examples[e];
                learner.Tick();
                scores.Clear();
                learner.Score(features, scores);
                var guess = 0;
                for (var t = 1; t < scores.Length; t++)
                {
                    guess = scores[t] > scores[guess] ? t : guess;
                }

                if (guess == type)
                {
                    right++;
                    continue;
                }

                learner.Adjust(features, type, 1f);
                learner.Adjust(features, guess, -1f);
            }

            progress?.Report($"run {run}/{Runs}, epoch {epoch}/{Epochs}: {100.0 * right / Math.Max(examples.Count, 1):F2}% of names typed right while learning");
        }

        return learner.ToModel(info with { UsesGazetteer = true, UsesClusters = true });
    }
}
