using Storyline.Entities;

namespace Storyline.Evaluation.Ner;

/// <summary>A gold article's text with its labelled entities (see samples/gold/README.md).</summary>
public sealed record GoldEntityArticle(string Id, string Language, string Text, IReadOnlyList<Entity> Entities);
