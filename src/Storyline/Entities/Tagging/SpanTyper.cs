namespace Storyline.Entities.Tagging;

/// <summary>
/// A second opinion on each name's type. The tagger finds names well (spans right 0.94 of the time on English WikiNEuRal
/// dev) but types one in eight of them wrong, mostly rare one-word names; this classifier reads the name as one
/// (<see cref="SpanFeatures"/>) and its scores are added to the tagger's own for the span read as each type
/// (<see cref="ViterbiDecoder.SpanScores"/>), weighted by <see cref="TaggerWeight"/>. It never adds, removes or moves a
/// name, and reads only the <see cref="Languages"/> it helps. Trained by <c>storyline train span-types</c> on the tagger's
/// data (<see cref="SpanTypeTrainer"/>).
/// </summary>
public sealed class SpanTyper(NerModel model, GazetteerLabeller gazetteer, WordClusters clusters)
{
    /// <summary>Where the shipped classifier sits among the embedded resources.</summary>
    public const string Resource = "common/ner/span-types.bin";

    /// <summary>
    /// How much the tagger's scores count beside the classifier's. Chosen on WikiNEuRal dev with a first version (trained on
    /// WikiNEuRal alone, reading the whole sentence; typed F1 de / en / fr): the
    /// classifier alone 0.890 / 0.852 / 0.904, with the tagger's scores at 0.1 0.895 / 0.852 / 0.906, at 0.2
    /// 0.896 / 0.854 / 0.908, at 0.3 0.894 / 0.854 / 0.907, at 1 below the classifier alone; the tagger alone 0.881 / 0.826 /
    /// 0.883.
    /// </summary>
    public const float TaggerWeight = 0.2f;

    /// <summary>
    /// The languages whose names it retypes: the three it learnt, and Spanish, which it never saw but reads well (NER F1 on
    /// the samples' Spanish articles: samples/tuning 0.942 → 0.957, tuning-ner 0.857 → 0.891, tuning-nl-es 0.777 → 0.783,
    /// tuning-quotes 0.900 → 0.886, dev unchanged). Italian lost on tuning (0.910 → 0.887) and dev (1.000 → 0.951), Dutch on
    /// tuning-nl-es (0.739 → 0.712): they keep the tagger's types.
    /// </summary>
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(["de", "en", "es", "fr"], StringComparer.Ordinal);

    private static readonly Lazy<SpanTyper?> ShippedInstance = new(LoadShipped);

    public NerModel Model => model;

    /// <summary>The shipped classifier, or null in a build without one (the tagger's types then stand).</summary>
    public static SpanTyper? Shipped => ShippedInstance.Value;

    /// <summary>
    /// Rewrites the type of each span of <paramref name="labels"/> (a decoded label sequence) where the classifier and the
    /// tagger together prefer another; <paramref name="taggerScores"/> gives the tagger's score of a span read as each type.
    /// </summary>
    public void Retype(IReadOnlyList<string> words, int[] labels, Func<int, int, float[]> taggerScores, IReadOnlyList<string?>? gazetteerLabels = null)
    {
        var spans = EntityTagger.Spans(labels);
        if (spans.Count == 0)
        {
            return;
        }

        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var known = gazetteerLabels ?? gazetteer.Label(words);
        var types = new int[spans.Count];
        Span<float> scores = stackalloc float[TagSet.Types.Count];
        for (var k = 0; k < spans.Count; k++)
        {
            var (start, end) = (spans[k].Start, spans[k].End);
            scores.Clear();
            model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(SpanFeatures.Of(lower, words, start, end, known, clusters)), scores);
            var tagger = taggerScores(start, end);
            var best = 0;
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] += TaggerWeight * tagger[t];
                best = scores[t] > scores[best] ? t : best;
            }

            types[k] = best;
        }

        for (var k = 0; k < spans.Count; k++)
        {
            for (var i = spans[k].Start; i < spans[k].End; i++)
            {
                labels[i] = (types[k] * 2) + (i == spans[k].Start ? 1 : 2);
            }
        }
    }

    /// <summary>A classifier file made by <c>storyline train span-types</c>.</summary>
    public static SpanTyper Load(string path) => WithShippedData(NerModel.Load(path, TagSet.Types.Count));

    private static SpanTyper? LoadShipped()
    {
        using var stream = typeof(SpanTyper).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : WithShippedData(NerModel.Load(stream, Resource, TagSet.Types.Count));
    }

    // The gazetteers and word classes every typer was trained with.
    private static SpanTyper WithShippedData(NerModel model) => new(model, EntityRecognizer.DefaultGazetteer(), WordClusters.Shipped);
}
