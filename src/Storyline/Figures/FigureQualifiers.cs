namespace Storyline.Figures;

/// <summary>
/// How the text commits to a figure: bound and approximation words right before it ("plus de", "rund", "up to"), else a
/// plan when a planning word stands earlier in the sentence with no other figure between ("plant OpenAI, ... 6,5
/// Milliarden US-Dollar zu sammeln"), else exact.
/// </summary>
public static class FigureQualifiers
{
    private const int PlanWindow = 12;

    public static Qualifier Of(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, FigureKind kind, int figureStart, int sentenceFirst, int previousFigureEnd)
    {
        var before = TokenIndex.LastBefore(tokens, figureStart);
        if (before >= sentenceFirst && figureStart - tokens[before].End <= 1 && cues.Qualifiers.MatchEndingAt(text, tokens, before) is { } bound)
        {
            // A second column limits a word to some kinds: "over 12 months" is a span of time, not a bound.
            var parts = bound.Value.Split('\t');
            var applies = parts.Length < 2 || parts[1].Split(',').Any(k => k.Trim().Equals(kind.ToString(), StringComparison.OrdinalIgnoreCase));
            if (applies && Enum.TryParse<Qualifier>(parts[0], ignoreCase: true, out var q))
            {
                return q;
            }
        }

        for (var i = before; i >= sentenceFirst && i > before - PlanWindow && tokens[i].Start >= previousFigureEnd; i--)
        {
            if (cues.Planned.MatchAt(text, tokens, i) is not null)
            {
                return Qualifier.Planned;
            }
        }

        return Qualifier.Exact;
    }
}
