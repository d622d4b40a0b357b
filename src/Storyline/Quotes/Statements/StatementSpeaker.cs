namespace Storyline.Quotes.Statements;

/// <summary>Who the sources credit with a statement: one speaker (null = not named) and the articles that credit them.</summary>
public sealed record StatementSpeaker(string? Speaker, IReadOnlyList<string> Articles);
