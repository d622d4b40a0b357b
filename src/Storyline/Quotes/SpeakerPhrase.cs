using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// The words an attribution names its speaker with when they name no entity: "„…“, sagte der Demonstrationsleiter",
/// "Die Polizei bekräftigt: „…“", "“…,” a senior official said", "a déclaré un responsable syndical". The quote keeps
/// them as written (<see cref="Quote.SpeakerText"/>) so that a reader sees who spoke though no name was given; the speaker
/// itself stays null. A phrase is at most <see cref="MaxWords"/> words of one sentence, with no punctuation, ending before
/// a word of quotes.txt [phrase-ends] ("in a statement", "am Montag"); never a pronoun alone ("sagte er": read elsewhere).
/// </summary>
internal sealed class SpeakerPhrase(
    string text, IReadOnlyList<FigureToken> tokens, EntityCues entityCues, QuoteCues quoteCues, Func<int, bool> ends, Func<int, bool> quoted)
{
    public const int MaxWords = 6;

    /// <summary>A phrase needs a word this long that is no determiner: "aus" in "sagte aus" names nobody.</summary>
    public const int ContentLength = 4;

    /// <summary>
    /// The phrase that starts at token <paramref name="from"/>, after a cue ("sagte am Montag der Sprecher"). A
    /// <paramref name="closed"/> phrase must be all the words up to a comma, the sentence's end or a word of [phrase-ends]
    /// ("erklärte die Ministerin, dass …"), so that a reported clause after its verb is not read as one ("said the panel
    /// might be damaged").
    /// </summary>
    public string? After(int from, bool closed = false, bool source = false)
    {
        var t = from;
        // "sagte am Montag der Sprecher": time words between the verb and its subject.
        while (t < tokens.Count && quoteCues.Reporting.Skip.MatchAt(text, tokens, t) is { } skipped)
        {
            t += skipped.Tokens;
        }

        var last = t;
        var ended = false;
        // After a source word ("volgens de vakbond is het overleg …") the clause's verb follows the source at once.
        // "rief die 47-Jährige": an age written with digits is a word of the phrase after its first. "teilte dessen
        // Stellvertreter mit": a possessive that elsewhere opens a relative clause ([phrase-ends]) may open the phrase.
        while (last < tokens.Count && last - t < MaxWords && (IsWord(last) || (last > t && quoteCues.IsAge(tokens[last].Lower)))
            && (quoteCues.PhraseEnds.MatchAt(text, tokens, last) is null || (last == t && entityCues.PossessiveDeterminers.Contains(tokens[last].Lower))
                || TimeBeforeNoun(t, last) > 0)
            && quoteCues.CueAt(text, tokens, last) is null && !(source && quoteCues.Reporting.Finite.MatchAt(text, tokens, last) is not null))
        {
            if (ends(last++))
            {
                ended = true;
                break;
            }
        }

        var stopped = ended || last >= tokens.Count || !IsWord(last) || quoteCues.PhraseEnds.MatchAt(text, tokens, last) is not null;
        // "said a spokesman", "a déclaré un responsable", but "tells Sifted": where nouns are not capitalised, a speaker
        // after the verb that names no entity opens with a determiner; a bare word there is the verb's object.
        var determined = NounsCapitalised || (t < tokens.Count && (entityCues.Determiners.Contains(tokens[t].Lower) || quoteCues.ElidedDeterminers.Contains(tokens[t].Lower)));
        return (closed && !stopped) || !determined ? null : Phrase(t, last, whole: closed);
    }

    /// <summary>
    /// The phrase from token <paramref name="first"/> (a sentence's or clause's first word) to the cue at token
    /// <paramref name="cue"/>, when all of it names the speaker: "Ein Porschesprecher erklärte", "The ministry's
    /// spokeswoman said"; null when other words stand there ("In einem Schreiben heißt es", "Gestern, sagte …"). One
    /// capitalised word is a phrase only where <paramref name="oneWord"/> says so (before "zufolge"): before a verb it is
    /// as often an adverb opening the sentence ("Weiter sagte").
    /// </summary>
    public string? Before(int first, int cue, bool oneWord = false)
    {
        if (cue - first is < 1 or > MaxWords)
        {
            return null;
        }

        for (var t = first; t < cue; t++)
        {
            var word = IsWord(t) || (t > first && char.IsDigit(text[tokens[t].Start]));
            if (!word || (quoteCues.PhraseEnds.MatchAt(text, tokens, t) is not null && !NamedLink(first, t, cue))
                || quoteCues.Reporting.Skip.MatchAt(text, tokens, t) is not null)
            {
                return null;
            }
        }

        return Phrase(first, cue, whole: true, oneWord);
    }

    /// <summary>
    /// Where nouns are capitalised, the place words stand written in a sentence from token <paramref name="first"/> to the
    /// colon at token <paramref name="colon"/> that has a verb of [written-in] ("heißt es", "steht"): a [written-in]
    /// preposition and the noun phrase after it ("Derzeit steht in dem Gesetzentwurf für ein neues Passgesetz noch der
    /// Passus:" names "in dem Gesetzentwurf für ein neues Passgesetz" no further than its nouns go). Null otherwise.
    /// </summary>
    public string? WrittenIn(int first, int colon)
    {
        if (!NounsCapitalised)
        {
            return null;
        }

        var verb = false;
        var place = -1;
        for (var t = first; t < colon; t++)
        {
            if (quoteCues.WrittenIn.MatchAt(text, tokens, t) is { } written)
            {
                verb |= written.Value == WrittenVerb;
                // "in dem Antrag", or a preposition with its article in one word ("Im letzten Satz der Anordnung").
                var determined = t + 1 < colon && (entityCues.Determiners.Contains(tokens[t + 1].Lower) || entityCues.NounOpeners.Contains(tokens[t].Lower));
                place = written.Value != WrittenVerb && place < 0 && determined ? t : place;
            }
        }

        if (!verb || place < 0)
        {
            return null;
        }

        // The determiner, inflected adjectives, then capitalised nouns joined by determiners or by a preposition followed by
        // another determiner ("für ein neues Passgesetz").
        var last = -1;
        for (var t = place + 1; t < colon && t - place <= MaxWords + 3 && IsWord(t); t++)
        {
            var lower = tokens[t].Lower;
            var capital = char.IsUpper(text[tokens[t].Start]);
            var joins = entityCues.Determiners.Contains(lower) || Adjective(lower)
                || (last > 0 && quoteCues.IsPreposition(text, tokens, t, entityCues)
                    && t + 1 < colon && entityCues.Determiners.Contains(tokens[t + 1].Lower));
            if (capital && quoteCues.WrittenIn.MatchAt(text, tokens, t) is null)
            {
                last = t;
            }
            else if (!joins)
            {
                break;
            }
        }

        return last < 0 ? null : text[tokens[place].Start..tokens[last].End];
    }

    private const string WrittenVerb = "verb";

    // The most words read for a verb of words standing written: a long sentence.
    private const int SentenceWords = 60;

    // Whether a verb of words standing written ([written-in] value verb: "heißt es", "steht") follows token `first` in its
    // sentence, before the quote or after it ("Auf dem Transparent war die Parole „Autonome in Bewegung. G8 …“ zu lesen":
    // a full stop inside the marks ends no sentence of the frame).
    private bool HasWrittenVerb(int first)
    {
        for (var t = first; t < tokens.Count && t - first <= SentenceWords; t++)
        {
            if (t > first && ends(t - 1) && !quoted(t - 1))
            {
                return false;
            }

            if (quoteCues.WrittenIn.MatchAt(text, tokens, t) is { Value: WrittenVerb })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where nouns are capitalised, a frame with no verb whose noun phrase is followed by when or where the words were said,
    /// from token <paramref name="first"/> to the colon at token <paramref name="colon"/>: "Ein Hauptkommissar nach der
    /// Festnahme:" names "Ein Hauptkommissar". Every word after the phrase is capitalised, a determiner, an adjective after
    /// one or a [phrase-ends] word, so no verb stands there; null otherwise.
    /// </summary>
    public string? Verbless(int first, int colon)
    {
        if (!NounsCapitalised)
        {
            return null;
        }

        var end = first + 1;
        while (end < colon && quoteCues.PhraseEnds.MatchAt(text, tokens, end) is null)
        {
            end++;
        }

        for (var t = end; t < colon; t++)
        {
            var lower = tokens[t].Lower;
            if (char.IsDigit(text[tokens[t].Start]))
            {
                continue;
            }

            if (!IsWord(t))
            {
                return null;
            }

            // "nach der letzten Sitzung": an adjective right after a determiner; a verb anywhere else.
            var modifies = Adjective(lower) && (entityCues.Determiners.Contains(tokens[t - 1].Lower) || quoteCues.PhraseEnds.MatchAt(text, tokens, t - 1) is not null);
            if (!char.IsUpper(text[tokens[t].Start]) && !entityCues.Determiners.Contains(lower) && !modifies
                && quoteCues.PhraseEnds.MatchAt(text, tokens, t) is null)
            {
                return null;
            }
        }

        return end < colon ? Before(first, end) : null;
    }

    /// <summary>
    /// Where nouns are capitalised, the noun phrase that opens a sentence at token <paramref name="first"/> and ends right
    /// before its verb, before token <paramref name="limit"/>: "Die deutsche Bundesregierung bezeichnete …", "Der
    /// italienische Innenminister zeigte sich …"; with the token after it. Null elsewhere, where a word in lower case does not
    /// mark the verb, and when the sentence opens otherwise ("Nach Angaben der Polizei", "Weiter sagte").
    /// </summary>
    public (string Words, int End)? Opening(int first, int limit)
    {
        // "Zur Lage der Finanzen führt das Ministerium aus": a sentence that opens with a preposition has its subject
        // after the verb, unless the preposition says where words stand written and a verb says they stand there ("In dem
        // Antrag heißt es"; not "Auf den Kurznachrichtendienst Twitter zeigte sich die Bundesregierung bestürzt").
        if (!NounsCapitalised || first >= limit
            || (quoteCues.IsPreposition(text, tokens, first, entityCues)
                && (quoteCues.WrittenIn.MatchAt(text, tokens, first) is null || !HasWrittenVerb(first))))
        {
            return null;
        }

        var noun = false;
        // Where an insertion between commas ends the phrase: the words shown stop before it.
        int? inserted = null;
        for (var t = first; t < limit && t - first - (inserted is { } skipped ? t - skipped : 0) <= MaxWords; t++)
        {
            var lower = tokens[t].Lower;
            var capital = char.IsUpper(text[tokens[t].Start]);
            var determiner = entityCues.Determiners.Contains(lower);
            // "Der Ermittler, der als wichtiger Zeuge gilt, will …", "Der Mann, ein Lehrer, sagte": a relative clause or an
            // apposition between commas after the noun stands inside the subject; the verb comes after it.
            if (noun && inserted is null && lower == "," && t + 1 < limit && entityCues.Determiners.Contains(tokens[t + 1].Lower)
                && InsertionEnd(t + 1, limit) is { } closing)
            {
                inserted = t;
                t = closing;
                continue;
            }

            if (noun && !capital && !determiner)
            {
                // "Den Plan von Kestrelwerk nannte …": a preposition or conjunction there goes on with the phrase, no verb.
                return IsWord(t) && quoteCues.PhraseEnds.MatchAt(text, tokens, t) is null
                    && Phrase(first, inserted ?? t, whole: true, oneWord: false) is { } words ? (words, t) : null;
            }

            if (!IsWord(t) && !(t > first && char.IsDigit(text[tokens[t].Start])))
            {
                return null;
            }

            // A capitalised word after the first is a noun; the first one only if the text writes it so inside a sentence.
            noun |= capital && !determiner && (t > first || (!Adjective(lower) && CapitalisedInside(tokens[t])));
            if (!noun && !capital && !determiner && !Adjective(lower))
            {
                return null;
            }
        }

        return null;
    }

    // The comma that closes an insertion opening at token `from`, within one sentence and before `limit`; null where none does.
    private int? InsertionEnd(int from, int limit)
    {
        for (var t = from; t < limit && t - from <= InsertionWords && !ends(t); t++)
        {
            if (tokens[t].Lower == ",")
            {
                return t;
            }
        }

        return null;
    }

    // The longest insertion read: a relative clause of a few words ("der als wichtiger Zeuge gilt").
    private const int InsertionWords = 16;

    // Tokens [first, end) as written, cut where the noun phrase ends, when they hold a word that is neither a determiner
    // nor a pronoun. Where every noun is capitalised (German) the phrase is read as one: lower-case words before its first
    // capitalised one must look like inflected adjectives ("eines neutralen Vermittlers"), and after it only a genitive
    // determiner or another capitalised word goes on ("der Sprecher der Polizei", not "das Gericht seine Entscheidung").
    // `whole`: every word must fit, else no phrase; `oneWord`: a lone capitalised word may be one ("Medienberichten zufolge").
    private string? Phrase(int first, int end, bool whole, bool oneWord = true)
    {
        // "said he will expand …": a phrase that opens with a pronoun is a clause, not a speaker.
        if (end <= first || quoteCues.Pronouns.MatchAt(text, tokens, first) is not null)
        {
            return null;
        }

        if (NounsCapitalised)
        {
            var last = -1;
            var adjectives = false;
            for (var t = first; t < end; t++)
            {
                if (t > first && char.IsDigit(text[tokens[t].Start]))
                {
                    // "Einer der 13 beteiligten Feuerwehrmänner", "Der 23-jährige Sportler"; "die 47-Jährige" ends in the age.
                    last = quoteCues.IsAge(tokens[t].Lower) ? t : last;
                    continue;
                }

                if (last < 0 && TimeBeforeNoun(first, t) is > 0 and var time)
                {
                    t += time - 1;
                    continue;
                }

                var capital = char.IsUpper(text[tokens[t].Start]);
                var determiner = entityCues.Determiners.Contains(tokens[t].Lower);
                // "Medienvertreter der kritischen thailändischen Öffentlichkeit": after the first noun, inflected adjectives
                // may follow a determiner up to the next noun.
                var modifies = t > first && Adjective(tokens[t].Lower) && (entityCues.Determiners.Contains(tokens[t - 1].Lower) || adjectives);
                var fits = last < 0 ? capital || determiner || Adjective(tokens[t].Lower) : capital || determiner || modifies || NamedLink(first, t, end);
                adjectives = last >= 0 && modifies;
                if (!fits)
                {
                    if (whole)
                    {
                        return null;
                    }

                    break;
                }

                last = capital && !determiner ? t : last;
            }

            // "Weiter sagte", "Dieser erklärte": one capitalised word that opens a sentence may be any word; one the text
            // also writes with a capital inside a sentence ("Seidling sagte:", "… betonte Richter Seidling") is a noun.
            if (last < 0 || (!oneWord && last == first && !CapitalisedInside(tokens[first])))
            {
                return null;
            }

            return text[tokens[first].Start..tokens[last].End];
        }

        for (var t = first; t < end; t++)
        {
            if (tokens[t].Length >= ContentLength && !entityCues.Determiners.Contains(tokens[t].Lower) && quoteCues.Pronouns.MatchAt(text, tokens, t) is null)
            {
                return text[tokens[first].Start..tokens[end - 1].End];
            }
        }

        return null;
    }

    // "Ein Regierungssprecher in Berlin", "Der Einsatzleiter der Polizei in Dortmund", "the 58-year-old farmer from
    // Papenburg": a phrase-end preposition after the phrase's first word, followed only by capitalised words without a
    // determiner up to the phrase's end, names where the speaker is from, and the phrase goes on; "in einer Erklärung"
    // still ends it. Where only names are capitalised this holds all the more (tuning-quotes3 direct speaker 0.907 →
    // 0.924, no other set moved).
    private bool NamedLink(int first, int t, int end) =>
        t > first && t + 1 < end && char.IsLower(text[tokens[t].Start])
        && quoteCues.PhraseEnds.MatchAt(text, tokens, t) is { Tokens: 1 }
        && Enumerable.Range(t + 1, end - t - 1).All(k => char.IsUpper(text[tokens[k].Start]) && IsWord(k) && !entityCues.Determiners.Contains(tokens[k].Lower));

    // The words the text writes with a capital after another word of the same sentence, read once.
    private HashSet<string>? capitalisedInside;

    private bool CapitalisedInside(FigureToken token)
    {
        if (capitalisedInside is null)
        {
            capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 1; t < tokens.Count; t++)
            {
                if (char.IsUpper(text[tokens[t].Start]) && char.IsLetter(text[tokens[t - 1].Start]) && !ends(t - 1)
                    && !text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).ContainsAny('\n', '\r'))
                {
                    capitalisedInside.Add(text.Substring(tokens[t].Start, tokens[t].Length));
                }
            }
        }

        return capitalisedInside.Contains(text.Substring(token.Start, token.Length));
    }

    public bool NounsCapitalised => entityCues.Capitalisation.Contains("nouns");

    // "heißt es in einer gestern verbreiteten Erklärung", "der am Montag gewählte Vorsitzende": where nouns are
    // capitalised, a determiner and small words only have not reached their noun yet, and a time word of [skip] there
    // stands inside the phrase. Its length in tokens, else 0.
    private int TimeBeforeNoun(int first, int at) =>
        NounsCapitalised && at > first && entityCues.Determiners.Contains(tokens[first].Lower)
        && Enumerable.Range(first + 1, at - first - 1).All(k => char.IsLower(text[tokens[k].Start]))
        && quoteCues.Reporting.Skip.MatchAt(text, tokens, at) is { } time ? time.Tokens : 0;

    // An adjective before a noun ends in one of the language's inflection endings ("beteiligten", "neutralen"; entities.txt
    // [inflection-endings]).
    private bool Adjective(string word) =>
        word.Length > 3 && entityCues.InflectionEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    // A word of letters (and the hyphens and apostrophes inside one): punctuation, a digit or a quotation mark ends a phrase.
    private bool IsWord(int t)
    {
        var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
        if (!char.IsLetter(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return true;
    }
}
