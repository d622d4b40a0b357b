namespace Storyline;

/// <summary>What one ingest run did: counts, failures with reasons, and decoding warnings.</summary>
public sealed record IngestSummary(
    int Added,
    int Unchanged,
    IReadOnlyList<IngestFailure> Failures,
    IReadOnlyList<IngestFailure> Warnings,
    long Bytes,
    TimeSpan Elapsed)
{
    public IReadOnlyList<string> AddedIds { get; init; } = [];

    /// <summary>Pairs of copies, rewrites and translations the run found.</summary>
    public int Duplicates { get; init; }

    /// <summary>Stories the run's articles started (the others joined stories already there).</summary>
    public int StoriesStarted { get; init; }
}
