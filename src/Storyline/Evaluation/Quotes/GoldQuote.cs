using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>One labelled quotation of a gold article (samples/gold/README.md): span, kind, speaker and the statement it reports.</summary>
public sealed record GoldQuote(string Text, int Start, QuoteKind Kind, string? Speaker, string? Cue, string? Statement)
{
    public int Length => Text.Length;

    /// <summary>
    /// Where the shared data mark the speaker in the text, as written (a pronoun is the pronoun), in pieces; empty where
    /// they mark none or the gold names entities instead (the sample gold).
    /// </summary>
    public IReadOnlyList<TextSpan> SpeakerSpans { get; init; } = [];
}
