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

    public void Report(IngestProgress value)
    {
        var elapsed = clock.Elapsed;
        if (elapsed < Delay || (!interactive && elapsed - lastDrawn < TimeSpan.FromSeconds(5)))
        {
            return;
        }

        lock (gate)
        {
            lastDrawn = elapsed;
            var rate = value.Documents / Math.Max(elapsed.TotalSeconds, 0.001);
            var line = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"ingest: {value.Documents:N0} documents ({rate:N0}/s) · {value.Added:N0} added · {value.Unchanged:N0} unchanged · {value.Failed:N0} failed · {Terminal.Clip(value.CurrentSource, 40)}");
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

    public void Dispose()
    {
        if (drawn && interactive)
        {
            Console.Error.WriteLine();
        }
    }
}
