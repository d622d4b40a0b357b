namespace Storyline;

/// <summary>What a run is doing: reading and analysing documents, then indexing the new articles' duplicates and stories.</summary>
public enum IngestStep
{
    Analyse,
    Duplicates,
    Stories,
}
