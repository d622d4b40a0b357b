using Storyline.Ingest;

namespace Storyline;

/// <summary>Options for a pipeline run, bound once by the host.</summary>
public sealed record PipelineOptions
{
    public IngestOptions Ingest { get; init; } = new();

    /// <summary>Documents analysed and written per store transaction; bounds memory and what an interruption can lose.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Keep the ids of added articles for the summary (a list that grows with the run; off for large batch jobs).</summary>
    public bool CollectAddedIds { get; init; } = true;

    /// <summary>Threads that analyse documents; the store writer is one more.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
