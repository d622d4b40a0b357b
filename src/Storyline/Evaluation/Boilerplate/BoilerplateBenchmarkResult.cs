namespace Storyline.Evaluation.Boilerplate;

/// <summary>A benchmark run: the confusion matrix per split (dev, test) and over all pages run, with throughput.</summary>
public sealed record BoilerplateBenchmarkResult(
    IReadOnlyDictionary<string, ConfusionMatrix> Splits,
    ConfusionMatrix Total,
    int Pages,
    int Missing,
    int Errors,
    double ExtractionSeconds,
    double WallSeconds,
    IReadOnlyList<PageScore> PageScores)
{
    /// <summary>Pages per second of extraction time on one core (the sum of per-page times, so parallel runs do not inflate it).</summary>
    public double PagesPerSecond => ExtractionSeconds > 0 ? Pages / ExtractionSeconds : 0;
}
