using Storyline.Figures;

namespace Storyline.Evaluation.Figures;

/// <summary>One gold article as the figure and claim evaluations read it.</summary>
public sealed record GoldFigureArticle(string Id, string Language, string? Story, DateTimeOffset? Published, string Text, IReadOnlyList<Figure> Figures);
