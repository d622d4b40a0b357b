namespace Storyline.Quotes;

/// <summary>
/// Where the text names a quote's speaker, as a reader sees it beside the quote: of the words that name the speaker found
/// (a mention of the speaking entity, the words a speaker that is no entity is named with, a subject pronoun right beside
/// the cue: "sagte er", "said the company"), the ones nearest the cue, else nearest the quote, inside
/// their sentence and outside quotation marks. A pronoun stays the pronoun: the span is where the speaker is named, the
/// speaker itself is the entity it stands for. Where the quote opens its sentence, the sentence before it counts too
/// ("Köhler äußerte sich zur Kritik:" then „…“). Null when those words name nobody the stage found.
/// </summary>
internal sealed class SpeakerSpans(string text, QuoteCues cues, QuoteTokens reading, SpeakerMentions mentions)
{
    // How far a sentence is read either way from the cue or the quote, in tokens, as the attribution rules read it.
    private const int SentenceTokens = 60;

    // How many tokens from the cue a pronoun may stand and be its subject: "sagte er", "so sagte sie", "er sagte".
    private const int PronounReach = 2;

    /// <param name="speaker">The speaking entity's name, or null.</param>
    /// <param name="words">The words naming a speaker that is no entity, or null.</param>
    /// <param name="cue">Where the attribution cue stands, or null for a quote attributed without one.</param>
    /// <param name="quote">The quoted or reported words.</param>
    /// <param name="reported">
    /// The words are a reported clause, which may hold the name of its own source ("Betroffen sind nach Angaben des
    /// Unternehmens …") but whose pronouns are its subjects' ("Tanner, an analyst at …, said he …" is Tanner's); quoted
    /// words never name their speaker.
    /// </param>
    /// <param name="openingPronouns">Also a pronoun among the sentence's first words ("Er bezeichnete die Pläne als „…“").</param>
    public TextSpan? Find(string? speaker, string? words, TextSpan? cue, TextSpan quote, bool reported, bool openingPronouns)
    {
        var tokens = reading.Tokens;
        // With a cue, a pronoun that names nobody the stage found is still where the text names the speaker ("Er sagte
        // aus: „…“" with no one named before); with no cue, nothing names one.
        if ((speaker is null && words is null && cue is null) || tokens.Count == 0)
        {
            return null;
        }

        var anchor = cue ?? quote;
        var (first, last) = Sentence(anchor, opensQuote: cue is null);
        var (from, to) = (tokens[first].Start, tokens[last].End);
        var best = (Span: (TextSpan?)null, Distance: int.MaxValue);
        void Consider(TextSpan candidate, bool pronoun = false)
        {
            var distance = candidate.Start >= anchor.End ? candidate.Start - anchor.End : anchor.Start >= candidate.End ? anchor.Start - candidate.End : 0;
            if ((!candidate.Overlaps(quote) || (reported && !pronoun)) && distance < best.Distance)
            {
                best = (candidate, distance);
            }
        }

        if (speaker is not null)
        {
            foreach (var (start, end, _) in mentions.In(from, to).Where(m => string.Equals(m.Entity.Name, speaker, StringComparison.Ordinal)))
            {
                Consider(new TextSpan(start, end - start));
            }
        }

        // The words as written, and a speaker's name as written where the tagger did not take it for a mention ("meint Perteck").
        foreach (var written in new[] { words, speaker }.OfType<string>())
        {
            for (var at = text.IndexOf(written, from, to - from, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(written, at + 1, to - at - 1, StringComparison.Ordinal))
            {
                if (IsWhole(at, written.Length))
                {
                    Consider(new TextSpan(at, written.Length));
                }
            }
        }

        // A pronoun only after names and words, so that one as near as a name ("Müller sagte, er …") gives way to it.
        if (speaker is not null || words is null)
        {
            if (cue is { } c && PronounInCue(c) is { } inverted)
            {
                Consider(inverted, pronoun: true);
            }

            foreach (var t in PronounPlaces(anchor, first, last, cue is not null, openingPronouns))
            {
                if (cues.Pronouns.MatchAt(text, tokens, t) is { Tokens: var n })
                {
                    Consider(reading.Span(t, n), pronoun: true);
                }
            }
        }

        // "Die Arbeit lobte er einerseits mit den Worten: „…“", "lehnt er jedoch ab: „…“": a quote with no cue whose speaker
        // was found, and whose sentence names it by nothing nearer, is named by the pronoun of the words before it.
        if (best.Span is null && cue is null && speaker is not null)
        {
            var open = reading.TokenAtOrAfter(quote.Start);
            for (var t = first; t < Math.Min(open, last + 1); t++)
            {
                if (tokens[t].End <= quote.Start && !reading.IsMarkToken(t) && cues.Pronouns.MatchAt(text, tokens, t) is { Value: PronounAntecedents.Person, Tokens: var n })
                {
                    Consider(reading.Span(t, n), pronoun: true);
                }
            }
        }

        return best.Span;
    }

    // Whether the words at `at` stand whole, not inside a longer word: "er" is not the end of "der".
    private bool IsWhole(int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[at]))
        && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]) || !char.IsLetterOrDigit(text[at + length - 1]));

    // The tokens of the sentence around the anchor; a quote that opens its sentence reads the one before it too.
    private (int First, int Last) Sentence(TextSpan anchor, bool opensQuote)
    {
        var tokens = reading.Tokens;
        var at = Math.Min(reading.TokenAtOrAfter(anchor.Start), tokens.Count - 1);
        // A quote's span leaves out its marks; its sentence is the one its opening mark stands in.
        while (opensQuote && at > 0 && reading.IsMarkToken(at - 1))
        {
            at--;
        }

        var first = reading.SentenceStart(at, at, SentenceTokens);
        if (opensQuote && first == at && first > 0)
        {
            first = reading.SentenceStart(first - 1, at, SentenceTokens);
        }

        return (first, reading.SentenceEnd(Math.Max(at, reading.TokenAtOrAfter(anchor.End) - 1), at, SentenceTokens));
    }

    // "a-t-elle ajouté", "dit-il": a cue written with its subject joins the pronoun to the verb with a hyphen.
    private TextSpan? PronounInCue(TextSpan cue)
    {
        for (var at = text.IndexOf('-', cue.Start, cue.Length); at >= 0 && at < cue.End - 1; at = text.IndexOf('-', at + 1, cue.End - at - 1))
        {
            var end = at + 1;
            while (end < cue.End && char.IsLetter(text[end]))
            {
                end++;
            }

            var part = text[(at + 1)..end].ToLowerInvariant();
            if (part.Length > 1 && cues.Pronouns.Phrases.Contains(part, StringComparer.Ordinal))
            {
                return new TextSpan(at + 1, end - at - 1);
            }
        }

        return null;
    }

    // Where a subject pronoun may stand: beside or inside the cue ("sagte er", "teilte er mit"), and when asked among the
    // first words of the sentence.
    private IEnumerable<int> PronounPlaces(TextSpan anchor, int first, int last, bool isCue, bool opening)
    {
        var openingPlaces = opening ? Enumerable.Range(first, Math.Min(PronounReach + 1, last - first + 1)) : [];
        if (!isCue)
        {
            return openingPlaces;
        }

        var from = Math.Max(first, reading.TokenAtOrAfter(anchor.Start) - PronounReach);
        var to = Math.Min(last + 1, reading.TokenAtOrAfter(anchor.End) + PronounReach);
        return openingPlaces.Concat(Enumerable.Range(from, Math.Max(0, to - from)));
    }
}
