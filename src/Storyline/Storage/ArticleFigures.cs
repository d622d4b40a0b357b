using Storyline.Figures;

namespace Storyline.Storage;

/// <summary>The figures of one stored article, as the store lists them for claims across articles.</summary>
public sealed record ArticleFigures(string ArticleId, string Language, DateTimeOffset? Published, IReadOnlyList<Figure> Figures);
