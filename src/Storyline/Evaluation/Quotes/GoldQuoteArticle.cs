namespace Storyline.Evaluation.Quotes;

/// <summary>One gold article as the quote evaluation reads it.</summary>
public sealed record GoldQuoteArticle(string Id, string Language, string Text, IReadOnlyList<GoldQuote> Quotes);
