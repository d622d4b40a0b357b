namespace Storyline.Evaluation.Quotes;

/// <summary>
/// One gold article as the quote evaluation reads it. <see cref="SpeakersAsWritten"/>: the gold speakers are the words
/// of the text (the shared data sets' speaker spans), not canonical entity names (the sample gold), so they are matched
/// by <see cref="SpeakerMatch"/> rather than compared as names.
/// </summary>
public sealed record GoldQuoteArticle(string Id, string Language, string Text, IReadOnlyList<GoldQuote> Quotes, bool SpeakersAsWritten = false);
