using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Evaluation.Boilerplate;
using Storyline.Evaluation.Canonical;
using Storyline.Evaluation.Duplicates;
using Storyline.Evaluation.Figures;
using Storyline.Evaluation.Language;
using Storyline.Evaluation.Ner;
using Storyline.Evaluation.Quotes;
using Storyline.Evaluation.Stories;
using Storyline.Stories;
using Storyline.Text;

namespace Storyline.Evaluation.Gate;

/// <summary>
/// Measures gates with the same evaluators <c>storyline eval</c> prints, so the gate and the report cannot drift.
/// One evaluation serves every gate on the same data (the overall figure and each language's), computed once per runner.
/// </summary>
public sealed class GateRunner(string repositoryRoot, Pipeline pipeline, LanguageIdentifier languages)
{
    private const string SharedPrefix = "shared:";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> evaluations = new(StringComparer.Ordinal);

    public string Resolve(string data) => data.StartsWith(SharedPrefix, StringComparison.Ordinal)
        ? Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "eval", data[SharedPrefix.Length..]))
        : Path.GetFullPath(Path.Combine(repositoryRoot, data));

    public GateResult Measure(EvalGate gate)
    {
        var path = Resolve(gate.Data);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return new GateResult(gate, null, null, $"data not found at {path}");
        }

        // Twins across languages are matched through the installed dictionaries and were pinned with them: without any, the
        // figure measures another matcher, so the gate says why it is not measured rather than failing.
        if (gate.Task == "twins" && Dictionaries.BilingualDictionaries.Installed.Pairs.Count == 0)
        {
            return new GateResult(gate, null, null, $"no bilingual dictionaries in {Dictionaries.BilingualDictionaries.Installed.Folder} (scripts/setup.sh installs them)");
        }

        // The samples' gold labels a corpus: both are the input, so a change to either shows.
        var hash = gate.Task == "boilerplate" && gate.Split is null && GoldArticleReader.FindCorpus(path) is { } corpus
            ? DataFingerprint.Of(path) + "+" + DataFingerprint.Of(corpus)
            : DataFingerprint.Of(path);
        var measured = gate.Task switch
        {
            "language" when gate.Metric != "accuracy" => throw new InvalidDataException($"gate '{gate.Name}': language gates measure accuracy"),
            "language" => LanguageAccuracy(Evaluate(gate, path, () => new LanguageEvaluation(languages).Evaluate(path, gate.Snippet)), gate),
            "canonical" when gate.Metric != "accuracy" => throw new InvalidDataException($"gate '{gate.Name}': canonical gates measure accuracy"),
            "canonical" => CanonicalAccuracy(Evaluate(gate, path, () => new CanonicalEvaluation(NameCatalog.Embedded).Evaluate(path)), gate),
            "boilerplate" when gate.Split is { } split => Read(
                Evaluate(gate, path, () => TrafilaturaBenchmark.Run(path, pipeline.Clean, split, Environment.ProcessorCount)).Total, gate.Metric),
            "boilerplate" => Read(SampleMatrix(Evaluate(gate, path, () => new SampleBoilerplateEvaluation(pipeline).Evaluate(path)), gate), gate.Metric),
            "ner" => NerFigure(Evaluate(gate, path, () => EvaluateNer(path, gate.Split)), gate),
            "figures" => FigureMeasure(Evaluate(gate, path, () => SpecFigureEvaluation.IsSpecs(path)
                ? SpecFigureEvaluation.Default.Evaluate(path)
                : GoldFigureEvaluation.Default.Evaluate(path)), gate),
            "quotes" => QuoteMeasure(Evaluate(gate, path, () => QuoteEvaluation.Default.Evaluate(path, QuoteSplits.Parse(gate.Split))), gate),
            "claims" when gate.Metric != "accuracy" => throw new InvalidDataException($"gate '{gate.Name}': claim gates measure accuracy"),
            "claims" => Evaluate(gate, path, () => ClaimEvaluation.Default.Evaluate(path)).Single(r => r.Verdict == "all").Accuracy,
            "twins" when gate.Metric != "f1" => throw new InvalidDataException($"gate '{gate.Name}': twin gates measure f1"),
            "twins" => Evaluate(gate, path, () => TwinEvaluation.Default.Evaluate(path)).Single(r => r.Pairs == "all").F1,
            "duplicates" => DuplicateMeasure(Evaluate(gate, path, () => Task.Run(() => DuplicateEvaluation.Default.EvaluateAsync(path, null, CancellationToken.None)).GetAwaiter().GetResult()), gate),
            "stories" when path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) => Read(StoryPairs(gate, path), gate.Metric),
            "stories" => StoryMeasure(Evaluate(gate, path, () => Task.Run(() => StoryEvaluation.Default.EvaluateAsync(path, StoryClusterer.DefaultThreshold, null, CancellationToken.None)).GetAwaiter().GetResult()), gate),
            _ => throw new InvalidDataException($"gate '{gate.Name}': unknown task '{gate.Task}'"),
        };
        return new GateResult(gate, measured, hash, null);
    }

    private T Evaluate<T>(EvalGate gate, string path, Func<T> run)
        where T : class
    {
        var key = $"{gate.Task}|{path}|{gate.Snippet}|{gate.Split}";
        return (T)evaluations.GetOrAdd(key, _ => new Lazy<object>(() => run(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    // SemEval same-story pairs: the "cross" (default) or "same" language row.
    private ConfusionMatrix StoryPairs(EvalGate gate, string path)
    {
        var rows = Evaluate(gate, path, () => StoryEvaluation.Default.EvaluatePairs(path, StoryClusterer.DefaultThreshold, CancellationToken.None) is var (cross, same)
            ? new[] { cross, same }
            : []);
        return gate.Kind == "same" ? rows[1] : rows[0];
    }

    // Story gates read B-cubed precision, recall or F1, or the adjusted Rand index.
    private static double StoryMeasure(StoryScore score, EvalGate gate) => gate.Metric switch
    {
        "precision" => score.Precision,
        "recall" => score.Recall,
        "f1" => score.F1,
        "accuracy" => score.AdjustedRand,
        _ => throw new InvalidDataException($"gate '{gate.Name}': story gates measure precision, recall, f1 (B-cubed) or accuracy (adjusted Rand)"),
    };

    // Duplicate gates read one relation's row (Kind: copy, rewrite, translation, none; "any" by default).
    private static double DuplicateMeasure(IReadOnlyList<DuplicateScore> rows, EvalGate gate)
    {
        var row = rows.SingleOrDefault(r => r.Relation == (gate.Kind ?? "any"))
            ?? throw new InvalidDataException($"gate '{gate.Name}': no relation '{gate.Kind}'");
        return gate.Metric switch
        {
            "precision" => row.Precision,
            "recall" => row.Recall,
            "f1" => row.F1,
            _ => throw new InvalidDataException($"gate '{gate.Name}': duplicate gates measure precision, recall or f1"),
        };
    }

    // A gate with a language reads that language's row: a regression in one language must not hide in the average.
    private static double LanguageAccuracy(LanguageEvaluationResult result, EvalGate gate) => gate.Language is null
        ? result.Accuracy
        : result.PerLanguage.SingleOrDefault(s => s.Language == gate.Language)?.Accuracy
            ?? throw new InvalidDataException($"gate '{gate.Name}': no '{gate.Language}' texts in {gate.Data}");

    // Gold articles run the whole entity stage; CoNLL files score the tagger on one split of their blocks.
    private static List<SpanCounts> EvaluateNer(string path, string? split) => GoldEntityReader.IsGold(path)
        ? new GoldEntityEvaluation(EntityRecognizer.Default).Evaluate(GoldEntityReader.Read(path)).ToList()
        : ConllEvaluation.Evaluate(EntityRecognizer.Default.Tagger, NerCorpus.Read(NerCorpus.Files([path]), NerSplits.Parse(split ?? "test"))).ToList();

    private static double NerFigure(List<SpanCounts> scores, EvalGate gate)
    {
        var row = scores.SingleOrDefault(s => s.Language == (gate.Language ?? "all") && s.Type == "all")
            ?? throw new InvalidDataException($"gate '{gate.Name}': no '{gate.Language}' sentences in {gate.Data}");
        return gate.Metric switch
        {
            "precision" => row.Precision,
            "recall" => row.Recall,
            "f1" => row.F1,
            _ => throw new InvalidDataException($"gate '{gate.Name}': NER gates measure precision, recall or f1"),
        };
    }

    // Figure gates read one language's row (or "all", or a spec model's row such as "en-currency"): span F1 or a field's accuracy.
    private static double FigureMeasure(IReadOnlyList<FigureScore> rows, EvalGate gate)
    {
        var row = rows.SingleOrDefault(r => r.Language == (gate.Language ?? "all"))
            ?? throw new InvalidDataException($"gate '{gate.Name}': no '{gate.Language}' row in {gate.Data}");
        return gate.Metric switch
        {
            "precision" => row.Precision,
            "recall" => row.Recall,
            "f1" => row.F1,
            "value" => row.ValueAccuracy,
            "unit" => row.UnitAccuracy,
            "qualifier" => row.QualifierAccuracy,
            "subject" => row.SubjectAccuracy,
            "attribute" => row.AttributeAccuracy,
            _ => throw new InvalidDataException($"gate '{gate.Name}': figure gates measure precision, recall, f1, value, unit, qualifier, subject or attribute"),
        };
    }

    // Quote gates read the direct quotes of one language (or "all"): span F1 (exact or overlap), speaker accuracy, the
    // accuracy of the speaker as shown (the entity, else the words naming the speaker), or of where the text names the
    // speaker (speaker-span, on data that mark it).
    private static double QuoteMeasure(IReadOnlyList<QuoteScore> rows, EvalGate gate)
    {
        var row = rows.SingleOrDefault(r => r.Language == (gate.Language ?? "all") && r.Kind == (gate.Kind ?? "direct"))
            ?? throw new InvalidDataException($"gate '{gate.Name}': no '{gate.Language}' quotes in {gate.Data}");
        return gate.Metric switch
        {
            "f1" => row.F1,
            "overlap" => row.OverlapF1,
            "speaker" => row.SpeakerAccuracy,
            "shown" => row.ShownAccuracy,
            "speaker-span" => row.SpanAccuracy ?? throw new InvalidDataException($"gate '{gate.Name}': {gate.Data} marks no speaker spans"),
            _ => throw new InvalidDataException($"gate '{gate.Name}': quote gates measure f1, overlap, speaker, shown or speaker-span"),
        };
    }

    private static double CanonicalAccuracy(CanonicalEvaluationResult result, EvalGate gate) => gate.Language is null
        ? result.Accuracy
        : result.PerLanguage.SingleOrDefault(s => s.Language == gate.Language)?.Accuracy
            ?? throw new InvalidDataException($"gate '{gate.Name}': no '{gate.Language}' pairs in {gate.Data}");

    private static ConfusionMatrix SampleMatrix(SampleBoilerplateResult result, EvalGate gate) => gate.Language is null
        ? result.Total
        : result.PerLanguage.TryGetValue(gate.Language, out var matrix)
            ? matrix
            : throw new InvalidDataException($"gate '{gate.Name}': no '{gate.Language}' articles in {gate.Data}");

    private static double Read(ConfusionMatrix matrix, string metric) => metric switch
    {
        "precision" => matrix.Precision,
        "recall" => matrix.Recall,
        "f1" => matrix.F1,
        "accuracy" => matrix.Accuracy,
        _ => throw new InvalidDataException($"unknown metric '{metric}'"),
    };
}
