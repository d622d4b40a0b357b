namespace Storyline.Figures.Claims;

/// <summary>One value a claim's sources give, with the articles that give it.</summary>
public sealed record ClaimValue(double Value, string? Unit, Qualifier Qualifier, IReadOnlyList<string> Articles);
