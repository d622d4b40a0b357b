namespace Storyline.Evaluation.Quotes;

/// <summary>
/// A pair of quotes of two articles that the matcher judged otherwise than the gold: <see cref="Gold"/> true where the gold
/// puts them in one statement and the matcher did not (a missed twin), false where the matcher joined two statements.
/// </summary>
public sealed record TwinMiss(string Pairs, string ArticleA, string QuoteA, string ArticleB, string QuoteB, bool Gold);
