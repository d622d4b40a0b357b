namespace Storyline.Figures;

/// <summary>
/// "une soixantaine d'ingénieurs", "un centinaio di persone", "una docena de destinos": an article and a noun that makes a
/// number approximate (<c>[approximations]</c> of figures.txt) are a figure of about that many, written by the noun alone;
/// the article is no part of it, as the gold writes "soixantaine" (an article and a scale word, "un milliard", stay whole).
/// </summary>
internal static class ApproximateNumbers
{
    /// <summary>Where the figure starts when it is an article and such a noun (the noun's start), else null.</summary>
    public static int? NounStart(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int start, int end)
    {
        var first = TokenIndex.FirstFrom(tokens, start);
        var noun = first + 1;
        return noun < tokens.Count && tokens[noun].End == end && cues.Approximations.MatchAt(text, tokens, noun) is { Tokens: 1 }
            ? tokens[noun].Start
            : null;
    }
}
