using System.Runtime.InteropServices;

namespace Storyline.Bench.Measurement;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): what a step costs in itself, which
/// other processes on a shared machine do not inflate as they do wall time. Zero where the call is not available.
/// </summary>
public static partial class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    private static bool available = OperatingSystem.IsLinux();

    /// <summary>Nanoseconds of CPU this thread has used.</summary>
    public static long Nanoseconds()
    {
        if (!available)
        {
            return 0;
        }

        try
        {
            return ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            available = false;
            return 0;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
