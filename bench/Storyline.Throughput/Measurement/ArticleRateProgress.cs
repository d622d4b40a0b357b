using System.Diagnostics;
using System.Globalization;

namespace Storyline.Throughput.Measurement;

/// <summary>
/// Progress on stderr every few seconds ("10,000/100,000 articles, 1,950/s"), so a long run shows it is alive; also
/// notes when half the articles were done, for the second-half (warm) rate.
/// </summary>
public sealed class ArticleRateProgress(string label, int expected) : IProgress<IngestProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;

    /// <summary>Documents and time at the first batch past half of the expected count, or null before then.</summary>
    public (int Documents, TimeSpan Elapsed)? Half { get; private set; }

    /// <summary>
    /// Rate over the second half of the run: JIT tiering and lazily loaded language models (Lingua loads a model the
    /// first time a language needs it) weigh on the first thousands of documents; this is what a long ingest sustains.
    /// </summary>
    public double? SecondHalfRate(int documents, TimeSpan total) =>
        Half is { } half && documents > half.Documents && total > half.Elapsed
            ? (documents - half.Documents) / (total - half.Elapsed).TotalSeconds
            : null;

    public void Report(IngestProgress value)
    {
        var elapsed = clock.Elapsed;
        if (Half is null && value.Documents >= expected / 2)
        {
            Half = (value.Documents, elapsed);
        }

        if (elapsed - last < Every && value.Documents < expected)
        {
            return;
        }

        last = elapsed;
        var rate = value.Documents / Math.Max(elapsed.TotalSeconds, 0.001);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"  {label}: {value.Documents:N0}/{expected:N0} articles, {rate:N0}/s, {value.Failed:N0} failed"));
    }
}
