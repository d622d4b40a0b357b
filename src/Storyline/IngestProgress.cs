namespace Storyline;

/// <summary>
/// Progress of a run, reported after each stored batch; then, for the steps after it, how many new articles the
/// duplicate index and the story index have taken in so far (<paramref name="Indexed"/>).
/// </summary>
public readonly record struct IngestProgress(
    int Documents, int Added, int Unchanged, int Failed, string? CurrentSource, IngestStep Step = IngestStep.Analyse, int Indexed = 0);
