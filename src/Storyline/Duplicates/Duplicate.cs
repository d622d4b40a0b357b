namespace Storyline.Duplicates;

/// <summary>
/// Two articles that share text. <see cref="A"/> is the one stored first; <see cref="Similarity"/> is the share of the two
/// texts in shared passages (1 for copies); <see cref="First"/> names the one published earlier, or is null where the
/// dates do not tell.
/// </summary>
public sealed record Duplicate(string A, string B, DuplicateRelation Relation, double Similarity, IReadOnlyList<SharedPassage> Passages)
{
    public string? First { get; init; }

    /// <summary>For a pair that follows from two others (both copy or rewrite one wire piece): the article they share.</summary>
    public string? Via { get; init; }
}
