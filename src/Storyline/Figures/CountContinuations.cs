using Storyline.Figures.Numbers;

namespace Storyline.Figures;

/// <summary>
/// A number that counts nothing itself but goes on with the count before it in the sentence: "Die Belegschaft von 320
/// Beschäftigten soll auf 550 wachsen", "employs about 350 people and intends to grow to 550", "impiega 4.200 persone, di
/// cui oltre 3.000 in Italia". A word of <c>[continuations]</c> in figures.txt stands right before it, or before the
/// qualifier that opens it ("reach around 70"); it counts what that count counts.
/// </summary>
internal static class CountContinuations
{
    // How far back, in tokens, the count it goes on with may stand.
    private const int Reach = 20;

    // Qualifier words between the continuation word and the number: "di cui oltre", "to reach around".
    private const int QualifierTokens = 2;

    public static UnitReading? Of(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, NumberMatch number, IReadOnlyList<(Figure Figure, string? Attribute)> found)
    {
        if (found.Count == 0 || found[^1] is not ({ Kind: FigureKind.Count, Unit: not null } before, var attribute))
        {
            return null;
        }

        var first = TokenIndex.FirstFrom(tokens, number.Start);
        // From the end of the count before: "4.200" is three tokens, its "." no full stop.
        var previous = TokenIndex.FirstFrom(tokens, before.Start + before.Length);
        if (first - previous > Reach || Enumerable.Range(previous, Math.Max(0, first - previous)).Any(i => tokens[i].Lower is "." or "!" or "?" or ";"))
        {
            return null;
        }

        for (var gap = 0; gap <= QualifierTokens && first - gap > previous; gap++)
        {
            var end = first - gap - 1;
            if (cues.Continuations.MatchEndingAt(text, tokens, end) is not null
                && (gap == 0 || cues.Qualifiers.MatchAt(text, tokens, end + 1) is { Tokens: var q } && q == gap))
            {
                return new UnitReading(FigureKind.Count, before.Unit, number.Start, number.Start + number.Length, attribute);
            }
        }

        return null;
    }
}
