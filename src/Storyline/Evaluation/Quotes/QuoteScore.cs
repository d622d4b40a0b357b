namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Quote spans of one language and kind ("direct", or "all" kinds): exact-bound precision/recall/F1, F1 of merely
/// overlapping spans, and over the gold quotes some found quote overlaps, the share whose speaker is right (null = null),
/// and the share whose speaker as shown is (the entity, else the words that name the speaker: <see cref="SpeakerMatch.MatchesShown"/>),
/// and where the gold marks speakers in the text (the shared sets), the share whose <see cref="Storyline.Quotes.Quote.SpeakerSpan"/>
/// overlaps the gold's speaker span (none = none): how the data's own scorer reads speakers, with no coreference.
/// </summary>
public sealed record QuoteScore(
    string Language, string Kind, int Gold, int Found, int Exact, int Overlapping, int SpeakerRight, int ShownRight, int SpanScored = 0, int SpanRight = 0)
{
    public double Precision => Found == 0 ? 0 : (double)Exact / Found;

    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double OverlapF1 => Found + Gold == 0 ? 0 : 2.0 * Overlapping / (Found + Gold);

    public double SpeakerAccuracy => Overlapping == 0 ? 0 : (double)SpeakerRight / Overlapping;

    public double ShownAccuracy => Overlapping == 0 ? 0 : (double)ShownRight / Overlapping;

    /// <summary>The share of speaker spans right, over the overlapped gold quotes whose data mark speaker spans; null where none do.</summary>
    public double? SpanAccuracy => SpanScored == 0 ? null : (double)SpanRight / SpanScored;

    public static QuoteScore Sum(string language, string kind, IReadOnlyCollection<QuoteScore> parts) =>
        new(language, kind, parts.Sum(p => p.Gold), parts.Sum(p => p.Found), parts.Sum(p => p.Exact), parts.Sum(p => p.Overlapping), parts.Sum(p => p.SpeakerRight),
            parts.Sum(p => p.ShownRight), parts.Sum(p => p.SpanScored), parts.Sum(p => p.SpanRight));
}
