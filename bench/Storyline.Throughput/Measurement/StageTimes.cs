namespace Storyline.Throughput.Measurement;

/// <summary>Single-threaded time per document in each pipeline stage, in microseconds, over the profiled documents.</summary>
public sealed record StageTimes(int Documents, IReadOnlyDictionary<string, double> MicrosecondsPerDocument);
