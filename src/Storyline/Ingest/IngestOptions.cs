namespace Storyline.Ingest;

/// <summary>Limits and choices for reading input, bound once by the host.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest file read whole (HTML, text, feeds, JSON arrays); JSON Lines are streamed and this bounds each line.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;
}
