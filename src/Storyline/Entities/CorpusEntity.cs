namespace Storyline.Entities;

/// <summary>One entity across many articles: its canonical name, the articles naming it, and every way it was written.</summary>
public sealed record CorpusEntity(string Name, EntityType Type, IReadOnlyList<string> Articles, int Mentions, IReadOnlyList<string> Forms);
