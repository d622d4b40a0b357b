namespace Storyline.Entities.Tagging;

/// <summary>
/// Tags the tokens of a sentence with the trained model and reads the labels back as spans. A language with a model of
/// its own (<paramref name="ownModels"/>, read on first use) is tagged with that one. Where a <paramref name="typer"/> is
/// given, it has the last word on each span's type (<see cref="SpanTyper"/>). Thread-safe.
/// </summary>
public sealed class EntityTagger(
    NerModel model, GazetteerLabeller? gazetteer, WordClusters? clusters = null, IReadOnlyDictionary<string, Lazy<NerModel>>? ownModels = null, SpanTyper? typer = null)
{
    private readonly WordClusters? wordClusters = model.Info.UsesClusters ? clusters ?? WordClusters.Shipped : null;
    private readonly Dictionary<string, Lazy<EntityTagger>> own = (ownModels ?? new Dictionary<string, Lazy<NerModel>>())
        .ToDictionary(m => m.Key, m => new Lazy<EntityTagger>(() => new EntityTagger(m.Value.Value, gazetteer, clusters, typer: typer)), StringComparer.Ordinal);

    public NerModel Model => model;

    /// <summary>The languages tagged with a model of their own.</summary>
    public IReadOnlyCollection<string> OwnModelLanguages => own.Keys;

    /// <summary>The label of each word; <paramref name="leans"/>, where given, adds to every name label of a token (see BareNames).</summary>
    public int[] Labels(IReadOnlyList<string> words, string language, float[]? leans = null)
    {
        if (own.TryGetValue(language, out var tagger))
        {
            return tagger.Value.Labels(words, language, leans);
        }

        if (words.Count == 0)
        {
            return [];
        }

        var known = model.Info.UsesGazetteer ? gazetteer?.Label(words) : null;
        var features = new SentenceFeatures(words, known, language, wordClusters);
        var labels = ViterbiDecoder.Decode(features, model.Score, leans);
        if (typer is not null && SpanTyper.Languages.Contains(language))
        {
            typer.Retype(words, labels, (start, end) => ViterbiDecoder.SpanScores(features, model.Score, labels, start, end), known);
        }

        return labels;
    }

    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> words, string language, float[]? leans = null) => Spans(Labels(words, language, leans));

    /// <summary>CoNLL spans from a label sequence: a B- starts a span, I- of the same type continues it.</summary>
    public static IReadOnlyList<TaggedSpan> Spans(IReadOnlyList<int> labels)
    {
        var spans = new List<TaggedSpan>();
        var i = 0;
        while (i < labels.Count)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            var type = TagSet.TypeOf(labels[i]);
            var end = i + 1;
            while (end < labels.Count && TagSet.IsInside(labels[end]) && TagSet.TypeOf(labels[end]) == type)
            {
                end++;
            }

            spans.Add(new TaggedSpan(i, end, TagSet.Types[type]));
            i = end;
        }

        return spans;
    }

    public static IReadOnlyList<TaggedSpan> Spans(IReadOnlyList<string> tags) => Spans(tags.Select(TagSet.Index).ToArray());
}
