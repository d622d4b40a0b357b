namespace Storyline.Throughput.Measurement;

/// <summary>SmartReader alone on the same pages: pages per second on one thread and on all cores, and how many it could not read.</summary>
public sealed record SmartReaderResult(int Pages, double SingleSeconds, double ParallelSeconds, int Threads, int Failed, long PeakWorkingSet);
