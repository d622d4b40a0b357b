using Storyline.Evaluation.Ner;

namespace Storyline.Entities.Tagging;

/// <summary>
/// Trains the tagger: features are computed once per sentence, features seen only once are dropped (they would
/// memorise single sentences), then a few epochs of the averaged structured perceptron in a shuffled order fixed by the seed.
/// </summary>
public sealed class NerTrainer(GazetteerLabeller? gazetteer, WordClusters? clusters = null)
{
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 17;

    public int MinimumCount { get; init; } = 2;

    public NerModel Train(IReadOnlyList<LabelledSentence> sentences, NerModelInfo info, IProgress<string>? progress = null)
    {
        var features = new SentenceFeatures[sentences.Count];
        var gold = new int[sentences.Count][];
        var counts = new Dictionary<uint, int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            features[s] = new SentenceFeatures(sentence.Tokens, gazetteer?.Label(sentence.Tokens), sentence.Language, clusters);
            gold[s] = sentence.Tags.Select(TagSet.Index).ToArray();
            for (var i = 0; i < features[s].Length; i++)
            {
                foreach (var key in features[s].Static(i))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var f in features)
        {
            f.Retain(key => counts[key] >= MinimumCount);
        }

        progress?.Report($"{sentences.Count:N0} sentences, {counts.Count(c => c.Value >= MinimumCount):N0} features kept of {counts.Count:N0}");
        var learner = new AveragedPerceptron();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(Seed);
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            int tokens = 0, wrong = 0;
            foreach (var s in order)
            {
                var guess = ViterbiDecoder.Learn(features[s], gold[s], learner);
                tokens += guess.Length;
                wrong += guess.Where((g, i) => g != gold[s][i]).Count();
            }

            progress?.Report($"epoch {epoch}/{Epochs}: {100.0 * (tokens - wrong) / Math.Max(tokens, 1):F2}% of tokens right while learning");
        }

        return learner.ToModel(info with { UsesGazetteer = gazetteer is not null, UsesClusters = clusters is not null });
    }
}
