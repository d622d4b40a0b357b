using Storyline.Duplicates;

namespace Storyline.Evaluation.Duplicates;

/// <summary>A labelled pair beside the relation the index gave it (None when it found nothing), for a reader who wants the misses.</summary>
public sealed record PairOutcome(GoldPair Gold, DuplicateRelation Found, double Similarity, bool Derived);
