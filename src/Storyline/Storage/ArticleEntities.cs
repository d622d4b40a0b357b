using Storyline.Entities;

namespace Storyline.Storage;

/// <summary>The entities of one stored article, as the store lists them for cross-article views.</summary>
public sealed record ArticleEntities(string ArticleId, string Language, IReadOnlyList<Entity> Entities);
