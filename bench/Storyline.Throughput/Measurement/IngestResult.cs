namespace Storyline.Throughput.Measurement;

/// <summary>What one measured ingest did and cost; sent from the measuring child process to the harness as JSON.</summary>
public sealed record IngestResult(
    int Documents,
    int Added,
    int Unchanged,
    int Failed,
    double Seconds,
    double? SecondHalfRate,
    double? OtherCores,
    long PeakWorkingSet,
    long HeapPeak,
    long LiveAfter,
    long AddedIdsBytes,
    long StoreBytes,
    IReadOnlyList<string> FirstFailures);
