using Storyline.Duplicates;

namespace Storyline.Evaluation.Duplicates;

/// <summary>One labelled pair of <c>duplicates.jsonl</c> (format in <c>samples/gold/README.md</c>).</summary>
public sealed record GoldPair(string A, string B, DuplicateRelation Relation);
