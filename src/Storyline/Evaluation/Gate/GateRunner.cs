using Storyline.Evaluation.Boilerplate;
using Storyline.Evaluation.Language;
using Storyline.Text;

namespace Storyline.Evaluation.Gate;

/// <summary>Measures gates with the same evaluators <c>storyline eval</c> prints, so the gate and the report cannot drift.</summary>
public sealed class GateRunner(string repositoryRoot, Pipeline pipeline, LanguageIdentifier languages)
{
    private const string SharedPrefix = "shared:";

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

        // The samples' gold labels a corpus: both are the input, so a change to either shows.
        var hash = gate.Task == "boilerplate" && gate.Split is null && GoldArticleReader.FindCorpus(path) is { } corpus
            ? DataFingerprint.Of(path) + "+" + DataFingerprint.Of(corpus)
            : DataFingerprint.Of(path);
        var measured = gate.Task switch
        {
            "language" when gate.Metric != "accuracy" => throw new InvalidDataException($"gate '{gate.Name}': language gates measure accuracy"),
            "language" => new LanguageEvaluation(languages).Evaluate(path, gate.Snippet).Accuracy,
            "boilerplate" when gate.Split is { } split => Read(TrafilaturaBenchmark.Run(path, pipeline.Clean, split, Environment.ProcessorCount).Total, gate.Metric),
            "boilerplate" => Read(new SampleBoilerplateEvaluation(pipeline).Evaluate(path).Total, gate.Metric),
            _ => throw new InvalidDataException($"gate '{gate.Name}': unknown task '{gate.Task}'"),
        };
        return new GateResult(gate, measured, hash, null);
    }

    private static double Read(ConfusionMatrix matrix, string metric) => metric switch
    {
        "precision" => matrix.Precision,
        "recall" => matrix.Recall,
        "f1" => matrix.F1,
        "accuracy" => matrix.Accuracy,
        _ => throw new InvalidDataException($"unknown metric '{metric}'"),
    };
}
