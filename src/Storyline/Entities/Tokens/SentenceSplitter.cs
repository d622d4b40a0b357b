namespace Storyline.Entities.Tokens;

/// <summary>
/// Cuts a token stream into sentences: after . ! ? … when the next token opens a sentence (a capital, a digit, a quote
/// mark), and at every line break; not at the full stop of an abbreviated title ("Dr. Hargreaves", "M. Lecornu"). Sentences
/// longer than <see cref="MaxTokens"/> are cut so that a text without punctuation still tags in linear time with bounded
/// memory per sentence.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxTokens = 200;

    /// <summary>The sentences of <paramref name="tokens"/>, as token ranges; <paramref name="abbreviations"/> are the lower-case
    /// titles written short with a full stop (entities.txt [abbreviations]) of the text's language, if any; <paramref name="stops"/>
    /// where else a full stop ends no sentence there ("am 20. Juli", "Jan. 3", "George W. Bush"; Text/SentenceStops).</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, IReadOnlyList<Token> tokens, IReadOnlySet<string>? abbreviations = null, Text.SentenceStops? stops = null)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            var cut = last || i - start + 1 >= MaxTokens || LineBreakBetween(text, tokens[i], tokens[i + 1]) || (EndsSentence(tokens[i], tokens[i + 1]) && !Abbreviated(tokens, i, abbreviations) && !CompanyAbbreviated(tokens, i) && !(tokens[i].Text == "." && stops is not null && stops.Continues(text, tokens[i].Start)))
                || (i > start && ClosesQuotedSentence(tokens[i - 1], tokens[i], tokens[i + 1]));
            if (cut)
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        return sentences;
    }

    // "…, zei hij. ‘Die grens is nu bereikt.’ Volgens Bakhuizen …": a quote that ends its sentence inside the marks ends
    // it for the text around too, so "Volgens" opens a sentence.
    private static bool ClosesQuotedSentence(Token before, Token mark, Token next) =>
        before.Text is "." or "!" or "?" or "…" && mark.Text is "’" or "”" or "“" or "»" or "\"" or "'" && (char.IsUpper(next.Text[0]) || char.IsDigit(next.Text[0]));

    // The full stop at token i closes an abbreviated title written right before it: "Dr" "." "Hargreaves".
    public static bool Abbreviated(IReadOnlyList<Token> tokens, int i, IReadOnlySet<string>? abbreviations) =>
        abbreviations is { Count: > 0 } && i > 0 && tokens[i].Text == "." && tokens[i - 1].End == tokens[i].Start
        && char.IsUpper(tokens[i - 1].Text[0]) && abbreviations.Contains(tokens[i - 1].Text.ToLowerInvariant());

    // "Quellmann GmbH & Co. KG": "& Co." abbreviates "and company" in firms' names in every language; before a legal form
    // in capitals its full stop ends no sentence.
    private static bool CompanyAbbreviated(IReadOnlyList<Token> tokens, int i) =>
        i > 1 && i + 1 < tokens.Count && tokens[i].Text == "." && tokens[i - 1].Text == "Co" && tokens[i - 2].Text == "&"
        && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Text.Count(char.IsUpper) >= 2;

    private static bool LineBreakBetween(string text, Token a, Token b) => text.AsSpan(a.End, b.Start - a.End).Contains('\n');

    private static bool EndsSentence(Token token, Token next)
    {
        if (token.Text is not ("." or "!" or "?" or "…"))
        {
            return false;
        }

        var c = next.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '«' or '“' or '„' or '‘' or '\'' or '(' or '[' or '-' or '–' or '—';
    }
}
