using System.Diagnostics;

namespace Storyline.Cli.Output;

/// <summary>
/// Progress on stderr for work that takes over a second: one line redrawn in place on a terminal,
/// a line every few seconds when stderr is a file or a pipe. Silent for quick runs.
/// </summary>
public sealed class ProgressLine : IProgress<IngestProgress>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly bool interactive = !Console.IsErrorRedirected;
    private readonly object gate = new();
    private TimeSpan lastDrawn = TimeSpan.Zero;
    private bool drawn;

    // The step being shown, and when it started: a step's rate counts from its own start.
    private IngestStep step = IngestStep.Analyse;
    private TimeSpan stepStarted = TimeSpan.Zero;

    public void Report(IngestProgress value)
    {
        var elapsed = clock.Elapsed;
        lock (gate)
        {
            if (value.Step != step)
            {
                (step, stepStarted) = (value.Step, elapsed);
            }

            if (elapsed < Delay || (!interactive && elapsed - lastDrawn < TimeSpan.FromSeconds(5)))
            {
                return;
            }

            lastDrawn = elapsed;

            var line = value.Step == IngestStep.Analyse
                ? string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"ingest: {value.Documents:N0} documents ({Rate(value.Documents, elapsed):N0}/s) · {value.Added:N0} added · {value.Unchanged:N0} unchanged · {value.Failed:N0} failed · {Terminal.Clip(value.CurrentSource, 40)}")
                : string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{(value.Step == IngestStep.Duplicates ? "duplicates" : "stories")}: {value.Indexed:N0} articles indexed ({Rate(value.Indexed, elapsed - stepStarted):N0}/s)");
            if (interactive)
            {
                Console.Error.Write("\r" + line.PadRight(Math.Min(Console.WindowWidth > 0 ? Console.WindowWidth - 1 : 120, 160)));
            }
            else
            {
                Console.Error.WriteLine(line);
            }

            drawn = true;
        }
    }

    private static double Rate(int count, TimeSpan elapsed) => count / Math.Max(elapsed.TotalSeconds, 0.001);

    public void Dispose()
    {
        if (drawn && interactive)
        {
            Console.Error.WriteLine();
        }
    }
}
