using Storyline.Entities;

namespace Storyline.Evaluation.Canonical;

/// <summary>One gold pair: a name as an article writes it, the article's language, the canonical name expected and, optionally, the type.</summary>
public sealed record CanonicalPair(string Surface, string Language, string Expected, EntityType? Type, int Line);
