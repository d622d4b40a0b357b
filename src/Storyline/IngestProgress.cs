namespace Storyline;

/// <summary>Progress of a run, reported after each stored batch.</summary>
public readonly record struct IngestProgress(int Documents, int Added, int Unchanged, int Failed, string? CurrentSource);
