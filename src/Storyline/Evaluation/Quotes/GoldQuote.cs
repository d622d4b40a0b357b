using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>One labelled quotation of a gold article (samples/gold/README.md): span, kind, speaker and the statement it reports.</summary>
public sealed record GoldQuote(string Text, int Start, QuoteKind Kind, string? Speaker, string? Cue, string? Statement)
{
    public int Length => Text.Length;
}
