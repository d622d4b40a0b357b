using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// Who the words around a cue name as the speaker: the person or organisation right after the cue ("said Lumora", "a
/// déclaré Sam Altman") or before it ("Lumora said"), a sentence's subject, a spokesperson standing for an organisation
/// ("un porte-parole d'OpenAI", "Unternehmenssprecher"), and a pronoun standing for its antecedent
/// (<see cref="PronounAntecedents"/>).
/// </summary>
internal sealed class NamedSpeakers(
    string text, QuoteCues cues, EntityCues entityCues, QuoteTokens reading, SpeakerMentions mentions, SpeakerPhrase phrase, SpeakerGrammar grammar, PronounAntecedents antecedents,
    InvertedSubjects inverted)
{
    private readonly IReadOnlyList<FigureToken> tokens = reading.Tokens;

    // The subject of the sentence from token `from` to the opening mark: a pronoun among its first words ("Er sagte aus:",
    // "Dabei griff sie … an:"), else the first person it names, else the first organisation.
    // governed: whether a person named in the genitive or after a preposition is the subject when no other is named.
    public string? Subject(int from, int open, int quoteOpen, bool governed = true)
    {
        if (PronounSubject(from, open, quoteOpen) is { } pronounSubject)
        {
            return pronounSubject;
        }

        var named = mentions.In(tokens[from].Start, tokens[open - 1].End);
        // "… von Angela Merkel (CDU) als Bundeskanzlerin lobte er mit den Worten:": the pronoun speaks even where its
        // antecedent is a name the tagger missed; a name the sentence speaks of does not stand in for it.
        if (inverted.Pronoun(from, open, quoteOpen, named) is { Subject: true } invertedPronoun)
        {
            return invertedPronoun.Antecedent;
        }

        // "Den Unmut der CDU über Stoibers Äußerungen brachte die Sprecherin …, Annette Widmann-Mauz, zum Ausdruck:": a
        // person named in the genitive or after a preposition is what the sentence is about, not who speaks; so is an
        // organisation in a noun's genitive attribute ("die Defizitkriterien der EU").
        var people = named.Where(m => m.Entity.Type == EntityType.Person).ToList();
        return people.FirstOrDefault(m => !grammar.Governed(m), governed ? people.FirstOrDefault() : default).Entity?.Name
            ?? named.FirstOrDefault(m => m.Entity.Type == EntityType.Organisation && !grammar.Governed(m) && !grammar.InGenitiveAttribute(m)).Entity?.Name;
    }

    /// <summary>
    /// The pronoun subject after the verb of the sentence from token `from` to the opening mark, as written ("… lobte er
    /// mit den Worten:"), or null.
    /// </summary>
    public string? InvertedPronoun(int from, int open, int quoteOpen) =>
        inverted.Pronoun(from, open, quoteOpen, mentions.In(tokens[from].Start, tokens[open - 1].End)).Written;

    // Who names a thing in "X nannte Y einen „…“", "X bezeichnete Y als „…“", "X called Y “…”": the sentence's subject,
    // which opens it, not the name right before the cue, which is what is named ("Die Bundesregierung bezeichnete den
    // ASEM-Gipfel als das „…“" is not ASEM's). A pronoun right before the cue ("bezeichnete er als") or among the sentence's
    // first words stands for its antecedent; where nouns are capitalised, an opening noun phrase that names no entity is
    // kept as the speaker's words.
    public (string? Speaker, string? Words) Namer(int from, int cue, int cueEnd, int quoteOpen)
    {
        if (cues.Pronouns.MatchEndingAt(text, tokens, cue - 1) is { } pronoun && cue - pronoun.Tokens >= from)
        {
            return (antecedents.Antecedent(pronoun.Value, Math.Min(tokens[cue - pronoun.Tokens].Start, quoteOpen), tokens[cue - 1].Lower), null);
        }

        if (PronounSubject(from, cue, quoteOpen) is { } pronounSubject)
        {
            return (pronounSubject, null);
        }

        if (Agent(from, cue, quoteOpen) is { } agent)
        {
            return agent;
        }

        var named = mentions.In(tokens[from].Start, tokens[cue - 1].End)
            .Where(m => m.Entity.Type is EntityType.Person or EntityType.Organisation && !grammar.Governed(m)).ToList();
        // "Klose nannte den Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten … als „…“": the
        // name right before the last naming verb is its subject, whoever opened the sentence.
        if (NamedBeforeNamingVerb(from, cue, named) is { } verbSubject)
        {
            return (verbSubject, null);
        }

        // "Die Bundesregierung hatte den Bericht der New York Times als „falsch“ zurückgewiesen": a subject of several words
        // that names no entity outweighs a name further on; a lone word that opens the sentence ("Kritik kommt vom …") does not.
        var opening = phrase.Opening(from, cue);
        if (opening is { } words && (words.End - from > 1 || named.Count == 0))
        {
            var end = tokens[words.End - 1].End;
            return named.FirstOrDefault(m => m.Start < end).Entity is { } subject ? (subject.Name, null) : (null, words.Words);
        }

        // "In einem Bericht … rechtfertigte das Verteidigungsministerium die Aktion als „…“": a subject after the verb that
        // names no entity is shown as written.
        return FirstSubject(named) is { } first ? (first.Name, null)
            : Inverted(from, cue, cueEnd, quoteOpen) is { } pronounced ? (pronounced, null)
            : (null, inverted.Phrase(from, cue));
    }

    // The person or organisation whose name ends right before the last naming verb among tokens [from, cue), or null.
    private string? NamedBeforeNamingVerb(int from, int cue, List<(int Start, int End, Entity Entity)> named)
    {
        for (var v = cue - 1; v > from; v--)
        {
            if (cues.NamingVerbs.MatchAt(text, tokens, v) is not null)
            {
                return named.FirstOrDefault(m => m.End == tokens[v - 1].End).Entity?.Name;
            }
        }

        return null;
    }

    // "Seine Werke werden von Musikkennern als „…“ bezeichnet": where a naming particle is the cue and a passive agent
    // word stands right before the words up to it, those words name the marked ones: the person or organisation they
    // open with, else the words as written. Only in a sentence whose verb is no active naming verb before the particle.
    // With no agent word after a passive auxiliary, no speaker and no words.
    private (string? Speaker, string? Words)? Agent(int from, int cue, int quoteOpen)
    {
        if (cues.NamingParticles.MatchAt(text, tokens, cue) is null)
        {
            return null;
        }

        // "Maurer bezeichnete den Plan von Kestrelwerk als „…“": an active verb before the particle; "von" is "of" there.
        if (Enumerable.Range(from, cue - from).Any(t => cues.NamingVerbs.MatchAt(text, tokens, t) is not null || cues.CueAt(text, tokens, t) is not null))
        {
            return null;
        }

        // "In einem Bericht von ndr.de werden … als „…“ bezeichnet": where the auxiliary stands before the particle, the agent
        // comes after it; a "von" before it is "of".
        var auxiliary = Enumerable.Range(from, cue - from).FirstOrDefault(t => cues.PassiveAuxiliaries.MatchAt(text, tokens, t) is not null, -1);
        for (var t = cue - 1; t > auxiliary && t >= from; t--)
        {
            if (cues.PassiveAgents.MatchAt(text, tokens, t) is { } agent && t + agent.Tokens < cue)
            {
                var first = t + agent.Tokens;
                var m = mentions.FirstAtOrAfter(tokens[first].Start);
                if (m < mentions.Count && mentions[m].End <= tokens[cue - 1].End && reading.TokenAtOrAfter(mentions[m].Start) - first <= 1
                    && mentions[m].Entity.Type is EntityType.Person or EntityType.Organisation)
                {
                    return (mentions[m].Entity.Name, null);
                }

                return phrase.Before(first, cue, oneWord: true) is { } words ? (null, words) : null;
            }
        }

        // "In einem Bericht werden die Vorkehrungen als „extrem“ bezeichnet": passive with no agent; nobody named speaks.
        return auxiliary >= 0 ? (null, null) : null;
    }

    // "Angesichts solcher Alternativen nannte Reinhard Jung die Kartoffel „überflüssig“": where the verb comes second (the
    // languages that capitalise nouns here), after words that name nobody the subject follows the verb, a pronoun or a
    // person right after it. Elsewhere ("the minister called Shultz “…”") the name after the verb is what is named.
    private string? Inverted(int from, int cue, int cueEnd, int quoteOpen)
    {
        if (!phrase.NounsCapitalised || cue <= from || cueEnd >= tokens.Count || tokens[cueEnd].Start >= quoteOpen)
        {
            return null;
        }

        if (cues.Pronouns.MatchAt(text, tokens, cueEnd) is { } pronoun)
        {
            return antecedents.Antecedent(pronoun.Value, quoteOpen, tokens[cueEnd + pronoun.Tokens - 1].Lower);
        }

        return mentions.StartingAt(tokens[cueEnd].Start) is { Entity.Type: EntityType.Person } person ? person.Entity.Name : null;
    }

    // "Bei einem Treffen in Finnland sagte Franz Josef Jung, dass …", "am Potsdamer Platz erklärte": where the verb comes
    // second (the languages that capitalise nouns here), a place after a lower-case word that is no determiner or
    // conjunction opens the sentence as where something was said (entities.txt lists only the prepositions that link
    // names, so "in" and "am" are not among them), and a place speaks only as a subject. In English "officials in
    // Virginia said" the place belongs to the subject.
    private bool PlaceAfterPreposition((int Start, int End, Entity Entity) mention)
    {
        var first = reading.TokenAtOrAfter(mention.Start);
        if (!phrase.NounsCapitalised || mention.Entity.Type != EntityType.Place || first == 0)
        {
            return false;
        }

        var before = tokens[first - 1];
        return char.IsLower(text[before.Start]) && before.Lower.All(char.IsLetter)
            && !entityCues.Determiners.Contains(before.Lower) && !entityCues.Conjunctions.Contains(before.Lower);
    }


    // A pronoun among the first words of the sentence from token `from` ("Er sagte aus:", "Dabei griff sie … an:") stands
    // for its antecedent.
    private string? PronounSubject(int from, int before, int quoteOpen)
    {
        for (var i = from; i < before && i < from + 3; i++)
        {
            if (cues.Pronouns.MatchAt(text, tokens, i) is { } pronoun)
            {
                // Named before the pronoun: "Dabei griff sie den Präsidenten Ahmadinedschad an:" is not his.
                return antecedents.Antecedent(pronoun.Value, Math.Min(tokens[i].Start, quoteOpen), tokens[i + pronoun.Tokens - 1].Lower);
            }
        }

        return null;
    }

    // The speaker a cue of tokens [cue, after) points to; names before it are read from token `from`, names after it up
    // to token `limit`.
    public string? Speaker(string kind, int cue, int after, int from, int limit, int quoteOpen) => kind switch
    {
        QuoteCues.WithPronoun => antecedents.Antecedent(PronounAntecedents.Person, quoteOpen, PronounIn(cue, after)),
        QuoteCues.SourceBefore or QuoteCues.Naming => NamedBefore(from, cue, quoteOpen),
        _ => NamedAfter(after, limit, quoteOpen),
    };

    // The entity named in the few tokens from token `from`: a person first; an organisation when a spokesperson speaks
    // for it or when it is named right after the cue ("said Lumora"); a pronoun stands for the last person before the quote.
    // source: the words from `from` are a source phrase ("laut der französischen Staatsbahn SNCF"), which names its
    // organisation wherever in the phrase.
    public string? NamedAfter(int from, int limit, int quoteOpen, bool source = false)
    {
        if (from >= tokens.Count)
        {
            return null;
        }

        if (cues.Pronouns.MatchAt(text, tokens, from) is { } pronoun)
        {
            return antecedents.Antecedent(pronoun.Value, quoteOpen, tokens[from + pronoun.Tokens - 1].Lower);
        }

        var last = from;
        while (last + 1 < tokens.Count && last + 1 < limit && last + 1 - from < QuoteSpeakers.Window && !reading.Ends(last))
        {
            // "zitiert die „Computerwoche“ Lynch": a title in marks is read past; other marks end the window.
            if (reading.IsMarkToken(last + 1))
            {
                if (reading.TitleEnd(last + 1) is not { } close || close >= limit)
                {
                    break;
                }

                last = close;
                continue;
            }

            last++;
        }

        // "resumió la portavoz de la Unión Sindical de Tripulantes (UST), Neus Vidal", "warnte der Hauptgeschäftsführer des
        // Deutschen Brauer-Bundes, Peter Hahn": a spokesperson or a title named after a comma speaks as that person.
        // A title's body and the name after it may run past the few words the cue looks at.
        var titled = Enumerable.Range(from, last - from + 1).Any(t => TitledNames.IsTitle(tokens[t].Lower, entityCues));
        if (((grammar.HasRole(from, last) ? Apposed(from, limit) : null) ?? (titled ? Apposed(from, tokens.Count) : null)) is { } named)
        {
            return named;
        }

        // "erklärte die Fraktion zum Rücktritt Hartmanns": a person in the genitive or after a preposition is whom the
        // words are about or to ("sagte gegenüber Merkel"); not one right after the cue, which governs it ("laut Claire
        // Martin"), nor a source's ("nach Angaben von Müller").
        var inWindow = mentions.In(tokens[from].Start, tokens[last].End)
            .Where(m => source || m.Start == tokens[from].Start || m.Entity.Type != EntityType.Person || !grammar.Governed(m)).ToList();
        if (inWindow.Count == 0)
        {
            // "a déclaré une porte-parole de l'entreprise": a spokesperson of an organisation named earlier; "hieß es in einer
            // Mitteilung des Konzerns": a statement of the company, the one the article is about.
            return grammar.HasRole(from, last) ? RoleOrganisation(from, last, quoteOpen)
                : StatementSource(from, last, quoteOpen);
        }

        // "a déclaré dimanche à Francfort le président du syndicat, Rüdiger Stamm": a place says nothing.
        var firstMention = inWindow.FirstOrDefault(m => m.Entity.Type != EntityType.Place, inWindow[0]);
        if (firstMention.Entity.Type == EntityType.Person)
        {
            return firstMention.Entity.Name;
        }

        // "teilte eine Sprecherin des Konzerns in Mailand mit", "erklärte eine Unternehmenssprecherin in Delft": a place where
        // a spokesperson of a noun, or of a company in one word, spoke is no speaker.
        if (grammar.HasRole(from, last))
        {
            return firstMention.Entity.Type != EntityType.Place ? firstMention.Entity.Name
                : grammar.RoleNoun(from, last) is not null ? RoleOrganisation(from, last, quoteOpen)
                : grammar.CompanyRoleNoun(from, last) is { } company ? mentions.Company(company, quoteOpen, entityCues)
                : firstMention.Entity.Name;
        }

        // "luidt het advies van Lumora", "according to a statement from Lumora": a statement's author speaks.
        if (firstMention.Entity.Type == EntityType.Organisation
            && Enumerable.Range(from, reading.TokenAtOrAfter(firstMention.Start) - from).Any(t => cues.Statements.MatchAt(text, tokens, t) is not null))
        {
            return firstMention.Entity.Name;
        }

        // "le PDG d'OpenAI, Sam Altman": the person after an organisation's title.
        if (inWindow.FirstOrDefault(m => m.Entity.Type == EntityType.Person) is { Entity: { } person })
        {
            return person.Name;
        }

        // "said Lumora", "said the Lumora group": the organisation itself, named right after the cue; not after a preposition
        // ("schrieb bei Twitter:" is where it was written; "heißt es in dem LSVD-Schreiben" has its preposition in the cue).
        // "Lo ha comunicato ieri l'ITA": when it was said ([skip]) may stand between.
        var subject = from;
        while (subject < last && cues.Reporting.Skip.MatchAt(text, tokens, subject) is { } when)
        {
            subject += when.Tokens;
        }

        var gap = reading.TokenAtOrAfter(firstMention.Start) - subject;
        return (source || gap == 0 || (gap == 1 && !grammar.IsPreposition(subject))) && firstMention.Entity.Type != EntityType.Place
            ? firstMention.Entity.Name
            : null;
    }

    // The person named right after a comma that closes the sentence with that name or another comma, in the tokens of
    // the sentence from token `from` (twice the window at most).
    private string? Apposed(int from, int limit)
    {
        const int NameTokens = 5;
        for (var t = from; t + 1 < tokens.Count && t + 1 < limit && t - from < 2 * QuoteSpeakers.Window; t++)
        {
            if (tokens[t].Lower == ","
                && mentions.In(tokens[t + 1].Start, tokens[Math.Min(tokens.Count - 1, t + NameTokens)].End) is [var m, ..]
                && m.Start == tokens[t + 1].Start && m.Entity.Type == EntityType.Person)
            {
                var after = reading.TokenAtOrAfter(m.End);
                if (after >= tokens.Count || reading.Ends(after - 1) || tokens[after].Lower is "," or "." or ";")
                {
                    return m.Entity.Name;
                }
            }

            if (reading.Ends(t))
            {
                break;
            }
        }

        return null;
    }

    // The entity named between token `from` and the cue at token `cue`: the last one, a spokesperson's organisation,
    // or the last person before the quote for a pronoun right before the cue.
    public string? NamedBefore(int from, int cue, int quoteOpen)
    {
        if (cue > 0 && cue - 1 >= from && cues.Pronouns.MatchEndingAt(text, tokens, cue - 1) is { } pronoun)
        {
            return antecedents.Antecedent(pronoun.Value, Math.Min(tokens[cue - pronoun.Tokens].Start, quoteOpen), tokens[cue - 1].Lower);
        }

        var start = from < tokens.Count ? tokens[from].Start : text.Length;
        // "In der ARD zeigte sich der Trainer zufrieden:": a name after a preposition is no subject.
        var inRange = mentions.In(start, cue < tokens.Count ? tokens[cue].Start : text.Length).Where(m => !grammar.Governed(m) && !PlaceAfterPreposition(m)).ToList();
        if (inRange.Count == 0)
        {
            // "Ein Sprecher des Unternehmens sagte:": a spokesperson of an organisation named earlier; "Er bezeichnete
            // die Pläne als „Wortbruch“": the sentence's pronoun subject.
            return grammar.HasRole(from, cue - 1) ? RoleOrganisation(from, cue - 1, quoteOpen) : PronounSubject(from, cue, quoteOpen);
        }

        if (grammar.HasRole(from, cue - 1) && inRange.LastOrDefault(m => m.Entity.Type == EntityType.Organisation) is { Entity: { } organisation })
        {
            return organisation.Name;
        }

        // "Er sagte, Europa brauche die Engländer, und fügte hinzu:": a place that is not right before the cue is what the
        // sentence speaks of, and the pronoun that opens the sentence speaks ("Frankreich erklärte:" is France's; "The
        // Indiana governor said" has the place in its subject, which the words shown keep).
        if (inRange.TrueForAll(m => m.Entity.Type == EntityType.Place) && cue - reading.TokenAtOrAfter(inRange[^1].End) > 0
            && PronounSubject(from, cue, quoteOpen) is { } pronounSubject)
        {
            return pronounSubject;
        }

        // "Lumora said", "…, Lumora says": the name right before the cue; "Marc Dellaporta, a partner at Northgate who
        // will join Lumora's board, said": with words between, the sentence's subject, its first person or organisation.
        // "Mitch McConnell, R-Ky., said": a place says nothing.
        var last = inRange.LastOrDefault(m => m.Entity.Type != EntityType.Place, inRange[^1]);
        if (TitledBy(inRange, last) is { } titled)
        {
            return titled;
        }

        // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said": a name that closes an
        // insertion, a comma before the cue, is not the subject.
        // "…, die Sprecherin der Fraktion, Sandra Boser (GRÜNE), erklärte:": a person named between two commas, an aside in
        // brackets at most after the name, names the subject the words before described.
        var end = reading.TokenAtOrAfter(last.End);
        var gap = cue - (reading.AfterBracket(end, cue) ?? end);
        var first = reading.TokenAtOrAfter(last.Start);
        var apposed = last.Entity.Type == EntityType.Person && gap == 1 && tokens[cue - 1].Lower == "," && first > 0 && tokens[first - 1].Lower == ",";
        return gap == 0 || (gap == 1 && tokens[cue - 1].Lower != ",") || apposed
            ? last.Entity.Name
            : (FirstSubject(inRange) ?? last.Entity).Name;
    }

    // "Theo Zwanziger, Präsident des Deutschen Fußball-Bunds (DFB) nannte", "Jane Roe, chair of the ACLU said": an
    // organisation after a comma, a title and a determiner or preposition is where the person named before them works; with
    // the closing comma left out, the person is still the subject. The person's name, or null.
    private string? TitledBy(List<(int Start, int End, Entity Entity)> inRange, (int Start, int End, Entity Entity) organisation)
    {
        if (organisation.Entity.Type != EntityType.Organisation
            || inRange.LastOrDefault(m => m.End <= organisation.Start) is not { Entity.Type: EntityType.Person } person)
        {
            return null;
        }

        var between = text[person.End..organisation.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (between.Length is < 3 or > 4 || between[0] != ",")
        {
            return null;
        }

        var link = between[^1].ToLowerInvariant();
        return TitledNames.IsTitle(between[1].ToLowerInvariant(), entityCues)
            && (entityCues.Determiners.Contains(link) || entityCues.Prepositions.Contains(link))
            ? person.Entity.Name
            : null;
    }

    // The organisation a spokesperson named with no name speaks for: the one the noun after the role takes up ("un portavoz
    // de la compañía": the company the article is about or the one the noun introduced; "een woordvoerder van de
    // veiligheidsregio": the Veiligheidsregio named before), else the last organisation named before the quote.
    private string? RoleOrganisation(int from, int last, int quoteOpen)
    {
        if (grammar.RoleNoun(from, last) is { } noun)
        {
            if (cues.IsCompanyNoun(noun, entityCues.GenitiveEndings))
            {
                return mentions.Company(noun, quoteOpen, entityCues);
            }

            if (mentions.NamedLike(noun, quoteOpen) is { } named)
            {
                return named;
            }
        }

        // "she told Dutch daily Dagblad Randstad. … a spokesperson said": an outlet a statement was made to speaks for no one.
        var i = mentions.LastIndexBefore(EntityType.Organisation, quoteOpen);
        while (i >= 0 && OrganisationEvidence.AddressedAt(text, mentions[i].Start, entityCues))
        {
            i = mentions.LastIndexBefore(EntityType.Organisation, mentions[i].Start);
        }

        return i >= 0 ? mentions[i].Entity.Name : null;
    }


    // The first person or organisation of a subject; "BDV board member Jonas Wiegand", "Lumora-Chefin Eva Hartl": an
    // organisation right before a person, with no verb between, is where the person works, and the person speaks.
    private Entity? FirstSubject(List<(int Start, int End, Entity Entity)> named)
    {
        var first = named.FirstOrDefault(m => m.Entity.Type is EntityType.Person or EntityType.Organisation);
        if (first.Entity?.Type == EntityType.Organisation
            && named.FirstOrDefault(m => m.Entity.Type == EntityType.Person && m.Start > first.End) is { Entity: not null } member)
        {
            var (from, to) = (reading.TokenAtOrAfter(first.End), reading.TokenAtOrAfter(member.Start));
            if (!Enumerable.Range(from, Math.Max(0, to - from)).Any(t => cues.CueAt(text, tokens, t) is not null || cues.Reporting.Verbs.MatchAt(text, tokens, t) is { Value: not QuoteCues.PersonSource }))
            {
                return member.Entity;
            }
        }

        return first.Entity;
    }

    // A statement word of quotes.txt [statements] between tokens `from` and `last`, then a noun for the company ("einer
    // Mitteilung des Konzerns", "dans un communiqué de l'entreprise"): the company; or, in the genitive right after it, a
    // noun that an organisation named before has in its name ("einer Mitteilung des Klinikums" after "Klinikum
    // Hohenfeld"): that organisation. Else null.
    private string? StatementSource(int from, int last, int quoteOpen)
    {
        var statement = Enumerable.Range(from, Math.Max(0, last - from + 1)).FirstOrDefault(t => cues.Statements.MatchAt(text, tokens, t) is not null, -1);
        if (statement < 0)
        {
            return null;
        }

        if (Enumerable.Range(statement + 1, Math.Max(0, last - statement)).Select(t => tokens[t].Lower)
            .FirstOrDefault(w => cues.IsCompanyNoun(w, entityCues.GenitiveEndings)) is { } company)
        {
            return mentions.Company(company, quoteOpen, entityCues);
        }

        var noun = statement + 2;
        return noun <= last && cues.GenitiveDeterminers.Contains(tokens[statement + 1].Lower) ? mentions.NamedLike(tokens[noun].Lower, quoteOpen) : null;
    }


    // The gendered pronoun a cue carries: "elle" in "a-t-elle dit", "sie" in "fügte sie hinzu"; null where none.
    /// <summary>
    /// The person a subject pronoun joined to the verb stands for, as French inverts it after a quote whatever the verb
    /// (« … ? », interroge-t-il; « … », tranche-t-elle): null when token <paramref name="verb"/> ends in no such pronoun.
    /// </summary>
    public string? JoinedPronoun(int verb, int quoteOpen)
    {
        var word = tokens[verb].Lower;
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && cues.PronounGenders.ContainsKey(word[(hyphen + 1)..])
            ? antecedents.Antecedent(PronounAntecedents.Person, quoteOpen, word[(hyphen + 1)..])
            : null;
    }

    private string? PronounIn(int cue, int after)
    {
        for (var t = cue; t < after && t < tokens.Count; t++)
        {
            foreach (var part in tokens[t].Lower.Split('-'))
            {
                if (cues.PronounGenders.ContainsKey(part))
                {
                    return part;
                }
            }
        }

        return null;
    }
}
