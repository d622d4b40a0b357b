using System.Diagnostics;
using System.Globalization;

namespace Storyline.Bench.Measurement;

/// <summary>
/// How many cores other processes kept busy while a measurement ran (Linux /proc/stat, less this process's own CPU).
/// On a shared machine another build or test run can halve our figures; this makes that visible next to them.
/// </summary>
public sealed class CpuContention
{
    // /proc/stat counts in USER_HZ ticks, 100 per second on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    private readonly long busyAtStart = BusyTicks();
    private readonly TimeSpan ownAtStart = OwnCpu();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Average cores used by everything else since construction, or null where /proc/stat is not available.</summary>
    public double? OtherCores()
    {
        var busy = BusyTicks();
        if (busy < 0 || busyAtStart < 0)
        {
            return null;
        }

        var others = ((busy - busyAtStart) / TicksPerSecond) - (OwnCpu() - ownAtStart).TotalSeconds;
        return Math.Max(0, others / clock.Elapsed.TotalSeconds);
    }

    private static TimeSpan OwnCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ..."; busy is all but idle and iowait.
    private static long BusyTicks()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            return fields.Sum() - fields[3] - fields[4];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return -1;
        }
    }
}
