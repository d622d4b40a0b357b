namespace Storyline.Evaluation.Canonical;

/// <summary>A pair resolved wrongly: what was expected and what came back (null: unknown name).</summary>
public sealed record CanonicalMiss(CanonicalPair Pair, string? Resolved);
