using System.Diagnostics;
using System.Globalization;

namespace Storyline.Throughput.Measurement;

/// <summary>Progress on stderr every few seconds ("10,000/100,000 articles, 1,950/s"), so a long run shows it is alive.</summary>
public sealed class ArticleRateProgress(string label, int expected) : IProgress<IngestProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;

    public void Report(IngestProgress value)
    {
        var elapsed = clock.Elapsed;
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
