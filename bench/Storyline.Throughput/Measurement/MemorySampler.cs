using System.Diagnostics;

namespace Storyline.Throughput.Measurement;

/// <summary>
/// Samples the managed heap every few milliseconds while a run goes on, because the GC only reports its size at the
/// last collection; the process-wide peak working set comes from the kernel (VmHWM) and needs no sampling.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    // 20 ms: short next to a gen0 cycle under this load, cheap enough not to show in the throughput.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly Timer timer;
    private long heapPeak;

    public MemorySampler()
    {
        timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Interval);
    }

    /// <summary>Largest managed heap seen (live objects plus garbage not yet collected), in bytes.</summary>
    public long HeapPeak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref heapPeak);
        }
    }

    /// <summary>The most physical memory the process has held since it started (Linux VmHWM), in bytes.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (now > (seen = Interlocked.Read(ref heapPeak)) && Interlocked.CompareExchange(ref heapPeak, now, seen) != seen)
        {
        }
    }
}
