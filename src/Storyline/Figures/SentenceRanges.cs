namespace Storyline.Figures;

/// <summary>
/// Sentence boundaries for figure context, as token index ranges: a sentence ends at a line break or at ". ! ?"
/// followed by a capital, a digit or a quotation mark, unless the full stop closes a known abbreviation ("Mrd.", "Dr.").
/// </summary>
public static class SentenceRanges
{
    public static IReadOnlyList<(int First, int Last)> Of(string text, IReadOnlyList<FigureToken> tokens, PhraseTable abbreviations)
    {
        var ranges = new List<(int, int)>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            if (last || EndsSentence(text, tokens, i, abbreviations))
            {
                ranges.Add((first, i));
                first = i + 1;
            }
        }

        return ranges;
    }

    private static bool EndsSentence(string text, IReadOnlyList<FigureToken> tokens, int i, PhraseTable abbreviations)
    {
        var next = tokens[i + 1];
        if (text.AsSpan(tokens[i].End, next.Start - tokens[i].End).Contains('\n'))
        {
            return true;
        }

        if (tokens[i].Lower is not ("." or "!" or "?") || next.Start == tokens[i].End)
        {
            return false;
        }

        var c = text[next.Start];
        if (!char.IsUpper(c) && !char.IsDigit(c) && c is not ('"' or '«' or '„' or '“' or '‘' or '\''))
        {
            return false;
        }

        return tokens[i].Lower != "." || i == 0 || abbreviations.MatchAt(text, tokens, i - 1) is null;
    }
}
