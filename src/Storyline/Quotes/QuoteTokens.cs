using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// The tokens around an article's quotation marks, read as attributions need them: where a sentence or paragraph ends
/// (not at "Mr." or "J."), where the sentence of a token starts, which token a position falls on, and where a short title
/// in marks within an attribution ("zitiert die „Computerwoche“ Jim Lynch") closes.
/// </summary>
internal sealed class QuoteTokens
{
    // How many words a title in marks within an attribution has at most.
    private const int TitleTokens = 4;

    private readonly string text;
    private readonly IReadOnlyList<FigureToken> tokens;

    // The pairs of marks QuoteMarks found, in text order: a title in marks within an attribution is one of them.
    private readonly IReadOnlyList<QuoteSpan> spans;

    // Where a full stop ends no sentence in the text's language.
    private readonly Text.SentenceStops stops;

    public QuoteTokens(string text, IReadOnlyList<QuoteSpan> spans, Text.SentenceStops? stops = null)
    {
        this.text = text;
        this.spans = spans;
        this.stops = stops ?? Text.SentenceStops.None;
        tokens = FigureTokens.Scan(text);
    }

    public IReadOnlyList<FigureToken> Tokens => tokens;

    // The first token of the sentence token `from` is in, reading back to at most `limit` tokens before token `open`.
    public int SentenceStart(int from, int open, int limit)
    {
        var first = from;
        while (first > 0 && open - first < limit && !Ends(first - 1))
        {
            first--;
        }

        return first;
    }

    // The last token of the sentence token `from` is in, reading on to at most `limit` tokens after token `at`.
    public int SentenceEnd(int from, int at, int limit)
    {
        var last = from;
        while (last + 1 < tokens.Count && last - at < limit && !Ends(last))
        {
            last++;
        }

        return last;
    }

    public int TokenAtOrAfter(int position) => TokenIndex.FirstFrom(tokens, position);

    // The tokens of a bracketed aside after a name ("(R-Ohio)", "(D-N.C.)", "(GRÜNE)") at most.
    private const int BracketTokens = 8;

    /// <summary>
    /// The token after a bracketed aside that opens at token <paramref name="t"/> and closes before token
    /// <paramref name="limit"/> within a few tokens; <paramref name="t"/> itself where no bracket opens there; null where
    /// one opens and does not close in time.
    /// </summary>
    public int? AfterBracket(int t, int limit)
    {
        if (t >= Math.Min(limit, tokens.Count) || tokens[t].Lower != "(")
        {
            return t;
        }

        for (var k = t + 1; k < Math.Min(limit, tokens.Count) && k - t < BracketTokens; k++)
        {
            if (tokens[k].Lower == ")")
            {
                return k + 1;
            }
        }

        return null;
    }

    // A sentence or paragraph ends at token i, so a name past it belongs elsewhere.
    public bool Ends(int i) =>
        (tokens[i].Lower is "!" or "?" || (tokens[i].Lower == "." && !AfterAbbreviation(i) && !SentenceGoesOn(i) && !stops.Continues(text, tokens[i].Start)))
        || (i + 1 < tokens.Count && Breaks(tokens[i].End, tokens[i + 1].Start));

    // "Rep. Gwen Moore (D-Wis.) said", "etc. and": a full stop that the sentence goes on after, in lower case, past a
    // closing bracket glued to it, ends no sentence; nor does one a comma or semicolon follows ("Tulsa, Okla., police
    // officer Betty Shelby"): no sentence ends in ".,".
    private bool SentenceGoesOn(int i)
    {
        var next = i + 1 < tokens.Count && tokens[i + 1].Lower is ")" or "]" && tokens[i + 1].Start == tokens[i].End ? i + 2 : i + 1;
        return next < tokens.Count && !Breaks(tokens[i].End, tokens[next].Start)
            && (char.IsLower(text[tokens[next].Start]) || tokens[next].Lower is "," or ";");
    }

    // "Mr. Obama said", "Sen. Warren", "J. Smith": a full stop glued to a short capitalised word (not an acronym like
    // "EU.") shortens it and ends no sentence.
    private bool AfterAbbreviation(int i)
    {
        if (i == 0 || tokens[i - 1].End != tokens[i].Start || tokens[i - 1].Length > 3)
        {
            return false;
        }

        var word = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        return char.IsUpper(word[0]) && (word.Length == 1 || !char.IsUpper(word[^1])) && !word.ContainsAnyExceptInRange('A', 'z');
    }

    public bool Breaks(int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).ContainsAny('\n', '\r');

    // The closing mark of a short title whose pair of marks (found by QuoteMarks) opens at mark token `open`
    // ("„Computerwoche“", "« Le Monde »"), or null.
    public int? TitleEnd(int open)
    {
        var start = tokens[open].Start;
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = spans[mid].Open < start ? (mid + 1, high) : (low, mid);
        }

        if (low >= spans.Count || spans[low].Open != start || spans[low].Close < 0)
        {
            return null;
        }

        var close = TokenAtOrAfter(spans[low].Close);
        return close > open + 1 && close - open <= TitleTokens + 1 && !Enumerable.Range(open + 1, close - open - 1).Any(Ends) ? close : null;
    }

    /// <summary>Whether token i stands between a quote's opening and closing marks.</summary>
    public bool Quoted(int i) => spans.Any(s => s.Close >= 0 && s.Open < tokens[i].Start && tokens[i].End <= s.Close);

    public bool IsMarkToken(int i) =>
        tokens[i].Length == 1 && QuoteSpeakers.Marks.Contains(text[tokens[i].Start], StringComparison.Ordinal);

    public TextSpan Span(int first, int count) => new(tokens[first].Start, tokens[first + count - 1].End - tokens[first].Start);
}
