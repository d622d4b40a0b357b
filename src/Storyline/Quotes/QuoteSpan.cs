namespace Storyline.Quotes;

/// <summary>
/// Where a pair of quotation marks sits: the opening mark at <see cref="Open"/>, the closing mark at <see cref="Close"/>
/// (-1 when the quote never closed and was cut at the end of its paragraph, <see cref="End"/>).
/// </summary>
public readonly record struct QuoteSpan(int Open, int Close, int End);
