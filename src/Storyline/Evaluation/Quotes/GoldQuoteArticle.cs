namespace Storyline.Evaluation.Quotes;

/// <summary>
/// One gold article as the quote evaluation reads it. <see cref="SpeakersAsWritten"/>: the gold speakers are the words
/// of the text (the shared data sets' speaker spans), not canonical entity names (the sample gold), so they are matched
/// by <see cref="SpeakerMatch"/> rather than compared as names. <see cref="NestedDirect"/>: the gold labels marks inside
/// a reported clause as a direct quote of their own besides the clause (WikiNews), where the sample gold makes the
/// clause one indirect quote, so the stage is scored keeping those direct quotes. <see cref="Story"/>: the gold story of
/// a sample article, whose entity names are one per entity across the story's articles. <see cref="Mentions"/>: where the
/// sample gold's entities are written (name, start, end), so that a found speaker is judged as an entity, not a spelling.
/// </summary>
public sealed record GoldQuoteArticle(
    string Id, string Language, string Text, IReadOnlyList<GoldQuote> Quotes, bool SpeakersAsWritten = false, bool NestedDirect = false,
    string? Story = null)
{
    public IReadOnlyList<(string Name, int Start, int End)> Mentions { get; init; } = [];
}
