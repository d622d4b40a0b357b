using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Text;

namespace Storyline.Evaluation.Quotes;

/// <summary>Gold spans cut to what the quote stage marks: no surrounding spaces and, for direct quotes, no quotation marks.</summary>
internal static class GoldSpanTrim
{
    private const string QuotationMarks = "„“”\"'‚‘’«»‹›";

    // „…“ → …: one mark a side (a nested ‚…‘ at the end of the quote stays), then the spaces inside.
    internal static (int Start, int End) Marks(string text, int start, int end)
    {
        (start, end) = Whitespace.Trimmed(text, start, end);
        if (start < end && QuotationMarks.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        if (end > start && QuotationMarks.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return Whitespace.Trimmed(text, start, end);
    }

    // „dass der Pilot die Verantwortung trage.“ → „der Pilot die Verantwortung trage“: a reported clause as the stage
    // marks it (samples/gold/README.md), after its conjunction and without its final full stop.
    internal static (int Start, int End) Reported(string text, int start, int end, PhraseTable conjunctions)
    {
        (start, end) = Whitespace.Trimmed(text, start, end);
        var head = text[start..Math.Min(end, start + 40)];
        var tokens = FigureTokens.Scan(head);
        if (conjunctions.MatchAt(head, tokens, 0) is { Value: QuoteCues.ThatClause } conjunction && conjunction.Tokens < tokens.Count)
        {
            start += tokens[conjunction.Tokens].Start;
        }

        if (end > start && text[end - 1] == '.')
        {
            end--;
        }

        return Whitespace.Trimmed(text, start, end);
    }
}
