using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// Who said a quote, from the words around its marks and the article's entity mentions: a cue after the closing mark
/// (", said X", "», a-t-il ajouté", "“, sagte er", ", X said"), a cue or a colon before the opening mark ("X a déclaré :",
/// "Selon X, «", "Sam Altman äußerte sich zu der Entscheidung: „"), a spokesperson standing for an organisation, a pronoun
/// standing for the last person named before the quote, and for a quote that is a sentence of its own with no cue, the one
/// person the sentence before names. When the words do not name an entity, the speaker is null.
/// </summary>
internal sealed class QuoteSpeakers
{
    // How many tokens may stand between a cue and the name it introduces ("a déclaré dimanche à Francfort le président du
    // syndicat, Rüdiger Stamm"), and between a closing mark and a cue written after the speaker (", a Lumora spokesperson
    // said"). Further away, a name belongs to another clause. 8 → 12 raised speaker accuracy on every dev part.
    internal const int Window = 12;

    // How far back the words before an opening mark are read for a cue ("Sam Altman äußerte sich zu der Entscheidung:").
    private const int PrefixTokens = 50;

    // "nannte Shultz einen „", "als das „": at most this many tokens between a naming cue and the mark it names.
    private const int NamingReach = 3;

    // How far around quotation marks a sentence is read for signs of speech: a long sentence, and no more, so that the
    // work per quote stays bounded in a text without full stops.
    private const int SentenceTokens = 60;

    internal const string Marks = "«»‹›„“”‚‘’\"「」『』";

    private readonly string text;
    private readonly QuoteCues cues;
    private readonly EntityCues entityCues;
    private readonly WrittenSpeaker written;
    private readonly SpeakerPhrase phrase;
    private readonly QuoteTokens reading;
    private readonly IReadOnlyList<FigureToken> tokens;
    private readonly SpeakerMentions mentions;
    private readonly NamedSpeakers naming;
    private readonly InvertedSubjects inverted;
    private readonly PronounAntecedents antecedents;
    private readonly SpeakerSpans places;
    private readonly SpeakerGrammar grammar;

    // spans: the article's quote spans in text order; names inside them are not a pronoun's antecedent.
    public QuoteSpeakers(string text, QuoteCues cues, EntityCues entityCues, IReadOnlyList<Entity> entities, IReadOnlyList<QuoteSpan> spans)
    {
        this.text = text;
        this.cues = cues;
        this.entityCues = entityCues;
        reading = new QuoteTokens(text, spans, cues.Stops);
        tokens = reading.Tokens;
        written = new WrittenSpeaker(text, tokens, entityCues, cues);
        phrase = new SpeakerPhrase(text, tokens, entityCues, cues, reading.Ends, reading.Quoted);
        mentions = new SpeakerMentions(text, entities, spans, entityCues);
        grammar = new SpeakerGrammar(text, cues, entityCues, reading);
        antecedents = new PronounAntecedents(text, cues, entityCues, reading, mentions, grammar);
        inverted = new InvertedSubjects(text, cues, entityCues, reading, mentions, phrase, grammar, antecedents);
        naming = new NamedSpeakers(text, cues, entityCues, reading, mentions, phrase, grammar, antecedents, inverted);
        places = new SpeakerSpans(text, cues, reading, mentions);
    }

    /// <summary>
    /// Where the text names the speaker of the quote at <paramref name="quote"/> (<see cref="SpeakerSpans"/>): the speaker
    /// found, or the words naming one that is no entity, nearest its cue. Beside a cue, names come first, then the words
    /// that name the cue's subject, then a pronoun opening the sentence ("Sie sei „geschockt“, sagte die britische Königin").
    /// </summary>
    public TextSpan? SpeakerSpan(string? speaker, string? words, TextSpan? cue, TextSpan quote, bool reported = false) => cue is not { } c
        ? places.Find(speaker, words, null, quote, reported, openingPronouns: true)
        : places.Find(speaker, words, c, quote, reported, openingPronouns: false)
            ?? places.Find(null, CueSubject(c), c, quote, reported, openingPronouns: false)
            ?? places.Find(speaker, null, c, quote, reported, openingPronouns: true);

    /// <summary>
    /// For a quote with no entity speaker: the name that the words at its speaker span take up, written before them
    /// (<see cref="NamedByNoun"/>), else those words as the ones shown (<paramref name="phrase"/> first, else
    /// <see cref="Described"/>).
    /// </summary>
    public (string? Speaker, string? Phrase) BySpan(string? phrase, TextSpan? span)
    {
        phrase ??= Described(span);
        return span is { } s && NamedByNoun(phrase, s.Start) is { } named ? (named, null) : (null, phrase);
    }

    /// <summary>
    /// The words at a speaker span when they are a name or a description ("die britische Königin"), not one pronoun of
    /// quotes.txt ("sie", "the company"); else null.
    /// </summary>
    public string? Described(TextSpan? span)
    {
        if (span is not { } s)
        {
            return null;
        }

        var t = reading.TokenAtOrAfter(s.Start);
        var pronoun = t < tokens.Count && cues.Pronouns.MatchAt(text, tokens, t) is { Tokens: var n } && tokens[t + n - 1].End == s.End;
        return pronoun ? null : s.In(text);
    }

    // "sagte die britische Königin", "Der Minister sagte": the words beside a cue that name its subject, for a speaker the
    // text names there only by a description (the entity was found through it, or further back).
    private string? CueSubject(TextSpan cue)
    {
        var c = reading.TokenAtOrAfter(cue.Start);
        var end = reading.TokenAtOrAfter(cue.End);
        var first = reading.SentenceStart(c, c, PrefixTokens);
        return (c > first ? phrase.Before(ClauseStart(first, c), c) : null) ?? phrase.After(end);
    }

    /// <summary>
    /// The speaker of the quote just before the one being read and where it ended, or null (<see cref="PronounAntecedents.Previous"/>).
    /// </summary>
    public (string Speaker, int End)? Previous
    {
        get => antecedents.Previous;
        set => antecedents.Previous = value;
    }

    /// <summary>Whether a sentence or paragraph ends at token i, shared with <see cref="ReportedSpeech"/>.</summary>
    public bool Ends(int i) => reading.Ends(i);

    /// <summary>
    /// The quote's speaker (an entity's name), its cue as written, and where no entity is named the words the cue names
    /// its speaker with (<see cref="SpeakerPhrase"/>).
    /// </summary>
    public (string? Speaker, TextSpan? Cue, string? Phrase) Find(QuoteSpan span)
    {
        var after = span.Close >= 0 ? After(span) : null;
        if (after is { Speaker: not null } or { Explicit: true })
        {
            // "Halima Jouini sagte dazu: „…“, betont sie.": a pronoun after the quote takes up the speaker whom the words
            // before it name; the name is where the text says who spoke.
            return after is { Speaker: { } pronounced, Cue: { } cue } && ByPronoun(cue) && Before(span) is { Speaker: { } named, Cue: not null } before
                && string.Equals(named, pronounced, StringComparison.Ordinal) ? before : (after.Value.Speaker, after.Value.Cue, after.Value.Phrase);
        }

        // "Merz said the plan was “a strong signal,” and the company said …": a cue further on that names nobody
        // does not hide the one before the quote.
        var found = Before(span) ?? (after is { } later ? (later.Speaker, later.Cue, later.Phrase) : (null, null, null));
        return found is (null, null, null) ? InSentence(span) : found;
    }

    // Whether the speaker of a cue is a pronoun: one the cue carries ("fügte er hinzu") or one right after it ("betont sie").
    private bool ByPronoun(TextSpan cue)
    {
        var c = reading.TokenAtOrAfter(cue.Start);
        var end = reading.TokenAtOrAfter(cue.End);
        return cues.CueAt(text, tokens, c) is { Value: QuoteCues.WithPronoun }
            || (end < tokens.Count && cues.Pronouns.MatchAt(text, tokens, end) is { } pronoun
                && (reading.Ends(end + pronoun.Tokens - 1) || (end + pronoun.Tokens < tokens.Count && tokens[end + pronoun.Tokens].Lower == ".")));
    }

    /// <summary>Whether the cue at token <paramref name="t"/> follows the source it names ("Hoogland zufolge").</summary>
    public bool FollowsSource(int t) => cues.CueAt(text, tokens, t) is { Value: QuoteCues.SourceBefore };

    /// <summary>Whether a person is named outside quotes between the two character positions.</summary>
    public bool NamesPerson(int start, int end) => mentions.In(start, end).Exists(m => m.Entity.Type == EntityType.Person);

    /// <summary>The text's tokens, shared with <see cref="ReportedSpeech"/>.</summary>
    public IReadOnlyList<FigureToken> Tokens => tokens;

    /// <summary>
    /// The entity a speaker written as a determiner and one noun takes up ("le musée" after "Musée Larrañaga", "the court"
    /// after "Hamburg Regional Court"): the last one named before the position with that word in its name
    /// (<see cref="SpeakerMentions.NamedLike"/>); a person named by age ([ages] of quotes.txt), the person a pronoun would
    /// stand for; else null.
    /// </summary>
    public string? NamedByNoun(string? speakerText, int position)
    {
        var words = speakerText?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "rief die 47-Jährige", "Der 23-jährige Sportler gab bekannt", "the 47-year-old said": a person named by age is
        // the one the text was about, as "she" would be. The description ends where a second determiner opens what follows
        // ("rief die 47-Jährige den Anhängern zu") or a preposition says where the person is from ("zei de 24-jarige uit
        // Deventer").
        var described = words?.TakeWhile((w, i) => i == 0 || !OpensPhrase(w.ToLowerInvariant())).ToList();
        if (described is [var article, var age, ..] && described.Count <= AgeDescriptionWords
            && entityCues.Determiners.Contains(article.ToLowerInvariant()) && cues.IsAge(age))
        {
            return antecedents.Antecedent(PronounAntecedents.Person, position);
        }

        // "l’avocat": an elided determiner is written against its noun.
        if (words is [var elided] && elided.IndexOfAny(['\'', '’']) is var mark and > 0 && cues.ElidedDeterminers.Contains(elided[..mark].ToLowerInvariant() + "'"))
        {
            words = [elided[..mark] + "'", elided[(mark + 1)..]];
        }

        if (words is not [var determiner, var noun] || !(entityCues.Determiners.Contains(determiner.ToLowerInvariant()) || cues.ElidedDeterminers.Contains(determiner.ToLowerInvariant()))
            || noun.Length < MinimumNoun)
        {
            return null;
        }

        // "Nach Angaben des Unternehmens": a noun for the company, in any case, is the one it introduced or the one the
        // article is about.
        var title = noun.ToLowerInvariant();
        if (cues.IsCompanyNoun(title, entityCues.GenitiveEndings))
        {
            return mentions.Company(title, position, entityCues);
        }

        // "die Oberbürgermeisterin" after "Oberbürgermeisterin Sabine Droste", "la direttrice" after "la direttrice del
        // museo, Itziar Goikoetxea", "the lawyer" after "Olivier Castaing, a lawyer representing …": a title or a noun for
        // what a person does ([person-nouns] of quotes.txt) takes up the person it introduced. "Die Gewerkschaft" after "die
        // Gewerkschaft Solis", "het ziekenhuis" after "het Brusselse ziekenhuis Vanderkelen", "the union" after "the Solis
        // union": any other noun takes up the organisation it introduced right before its name, or that the name ends in or
        // that follows it ("die Richter des Bundesverwaltungsgerichts" introduce no court, "the NAACP letter" no union).
        return (noun.All(char.IsLower) ? mentions.NamedLike(noun, position) : phrase.NounsCapitalised ? mentions.NamedLike(noun, position, compounds: true) : null)
            ?? (TitledNames.IsTitle(title, entityCues) || cues.IsPersonNoun(title) ? mentions.TitledBefore(title, position, cues.PluralTitleEndings) : null)
            ?? mentions.NamedByOwnNoun(title, position, entityCues.GenitiveEndings, entityCues.IsOrganisationCue(title) || entityCues.IsBodyHead(title));
    }

    // A determiner, the age and one noun at most: "the 47-year-old Dutch actor" is a description too long to trust.
    private const int AgeDescriptionWords = 3;

    private bool OpensPhrase(string lower) =>
        entityCues.Determiners.Contains(lower) || entityCues.Prepositions.Contains(lower) || entityCues.OriginPrepositions.Contains(lower);

    // Shorter nouns are too often part of any name ("the firm", "la ley").
    private const int MinimumNoun = 5;

    /// <summary>
    /// Who a reported clause is the speech of: the name before its verb ("Lumora said …", "She said …", "a spokesperson
    /// said that …") or after it ("…, a annoncé la SNCF", "Selon lui, …"), as for direct quotes.
    /// </summary>
    public string? Reported(ReportedClause clause) => clause.By switch
    {
        ReportedBy.VerbBefore => naming.NamedBefore(clause.From, clause.Cue, clause.Start) ?? naming.NamedAfter(clause.CueEnd, clause.Limit, clause.Start)
            ?? DroppedSubject(clause.Cue, clause.Start),
        ReportedBy.VerbAfter => naming.NamedAfter(clause.CueEnd, clause.Limit, clause.Start) ?? naming.NamedBefore(clause.From, clause.Cue, clause.Start),
        // "Claire Martin zufolge ist …": the source named before its phrase.
        ReportedBy.Source when cues.CueAt(text, tokens, clause.Cue) is { Value: QuoteCues.SourceBefore } =>
            naming.NamedBefore(clause.From, clause.Cue, clause.Start),
        ReportedBy.Source => naming.NamedAfter(clause.CueEnd, clause.Limit, clause.Start, source: true),
        _ => null,
    };

    /// <summary>
    /// "Ha aggiunto che …", "Dijo que …", "Poi ha aggiunto: «…»": where a language drops subjects (entities.txt
    /// [word-order]), a verb that opens its sentence, after adverbs of time at most (quotes.txt [skip]), stands for the
    /// person the text was about as a pronoun would.
    /// </summary>
    public string? DroppedSubject(int cue, int position)
    {
        var t = reading.SentenceStart(cue, cue, PrefixTokens);
        if (!entityCues.DropsSubjects || !char.IsUpper(text[tokens[t].Start]))
        {
            return null;
        }

        while (t < cue && cues.Reporting.Skip.MatchAt(text, tokens, t) is { } skipped)
        {
            t += skipped.Tokens;
        }

        return t == cue ? antecedents.Antecedent(PronounAntecedents.Person, position) : null;
    }

    /// <summary>The token a character position falls on or after.</summary>
    public int TokenAt(int position) => reading.TokenAtOrAfter(position);

    /// <summary>The words a reported clause's cue names its speaker with, for a clause <see cref="Reported"/> finds no entity for.</summary>
    public string? ReportedPhrase(ReportedClause clause) => clause.By switch
    {
        // "Weiter erklärte die Ministerin, dass …", but not "said the panel might be damaged": after the verb, only words
        // that end at a comma or a conjunction.
        ReportedBy.VerbBefore => phrase.Before(ClauseStart(clause.From, clause.Cue), clause.Cue) ?? phrase.After(clause.CueEnd, closed: true),
        ReportedBy.VerbAfter => phrase.After(clause.CueEnd),
        ReportedBy.Source when cues.CueAt(text, tokens, clause.Cue) is { Value: QuoteCues.SourceBefore } =>
            phrase.Before(ClauseStart(clause.From, clause.Cue), clause.Cue, oneWord: true),
        ReportedBy.Source => phrase.After(clause.CueEnd, source: true),
        _ => null,
    };

    // The first word of the sentence or clause (after its last comma) that ends at the cue.
    private int ClauseStart(int from, int cue)
    {
        var first = Math.Max(from, reading.SentenceStart(Math.Max(0, cue - 1), cue, PrefixTokens));
        for (var t = cue - 1; t > first; t--)
        {
            if (tokens[t - 1].Lower is "," or ";" or ":" || reading.IsMarkToken(t - 1))
            {
                return t;
            }
        }

        return first;
    }

    // "Osterloh sieht in dem Verfahren einen „Angriff gegen die Belegschaft“": a quote inside a sentence with no cue is the
    // words of the sentence's subject, the first person it names before the marks.
    private (string? Speaker, TextSpan? Cue, string? Phrase) InSentence(QuoteSpan span)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        var first = reading.SentenceStart(open, open, PrefixTokens);
        if (first >= open)
        {
            return (null, null, null);
        }

        // "Die Organisation verlangte eine Untersuchung der „…“": where nouns are capitalised, a subject that names no
        // entity is shown as written.
        return naming.Subject(first, open, span.Open) is { } subject ? (subject, null, null)
            : (null, null, phrase.Opening(first, open)?.Words);
    }

    // Rule (a): the words right after the closing mark.
    // Explicit: the cue comes right after the mark (", a indiqué l'entreprise"), so the quote is attributed even
    // when the words name no entity.
    private (string? Speaker, TextSpan? Cue, bool Explicit, string? Phrase)? After(QuoteSpan span)
    {
        var t = reading.TokenAtOrAfter(span.Close + 1);
        // ", said X", "— said X": the punctuation between the mark and the cue.
        var dashed = false;
        for (var skipped = 0; t < tokens.Count && skipped < 2 && tokens[t].Lower is "," or ";" or "—" or "–" or "-" or "―"; skipped++)
        {
            dashed |= tokens[t].Lower is "—" or "―";
            t++;
        }

        // "Trivella dit « respecter la décision » et annonce un recours": after "and" comes another verb of the subject
        // before the quote, not the quote's attribution.
        if (t >= tokens.Count || reading.Breaks(span.Close + 1, tokens[t].Start) || entityCues.Conjunctions.Contains(tokens[t].Lower))
        {
            return null;
        }

        if (WithWords(span) is { } withWords)
        {
            return withWords;
        }

        // „Ja, es gibt Zumutungen.“ Das sagte der Minister am Montag.: a sentence that opens with a [report-openers] phrase
        // ("das sagte", "dies erklärte") says who said the quote before it, unless the words before the quote did ("Weiter
        // sagte Larson: „…“ Dies sagte der Präsident …"); its speaker follows the verb. A full stop after the closing mark
        // ends the quote's sentence as one inside the marks does („…“. Dies erklärte …).
        var adjacent = t == reading.TokenAtOrAfter(span.Close + 1);
        var opens = adjacent && tokens[t].Lower == "." && t + 1 < tokens.Count && !reading.Breaks(tokens[t].End, tokens[t + 1].Start) ? t + 1 : t;
        if (adjacent && cues.Reporting.ReportOpeners.MatchAt(text, tokens, opens) is { } opener
            && opens + opener.Tokens < tokens.Count && Before(span) is null)
        {
            var verb = opens + opener.Tokens - 1;
            // "Das musste der Minister am Montag einräumen.": after a modal the reporting verb closes the sentence; it is
            // the cue, and without one ("Das musste jeder wissen.") the sentence reports nothing.
            var cueAt = opener.Value == ReportingCues.ModalOpener ? ClosingReportingVerb(verb + 1) : verb;
            var speaker = cueAt is null ? null : naming.NamedAfter(verb + 1, int.MaxValue, span.Open);
            var words = cueAt is null || speaker is not null ? null : phrase.After(verb + 1);
            if (speaker is not null || words is not null)
            {
                return (speaker, reading.Span(cueAt!.Value, 1), true, words);
            }
        }

        // „Wir sind bereit.“ Claire Martin sagte später …: a full stop inside the marks with nothing after them ends the
        // sentence, so the next one is not an attribution; a cue in lower case right after the marks still is one
        // („… etabliert.“ erklärte die Ministerin).
        if (t == reading.TokenAtOrAfter(span.Close + 1) && text.AsSpan(span.Open + 1, span.Close - span.Open - 1).TrimEnd().EndsWith('.')
            && !(char.IsLower(text[tokens[t].Start]) && cues.CueAt(text, tokens, t) is { Value: not QuoteCues.Naming }))
        {
            return null;
        }

        if (cues.CueAt(text, tokens, t) is { Value: not QuoteCues.Naming } cue)
        {
            var speaker = naming.Speaker(cue.Value, t, t + cue.Tokens, t, int.MaxValue, span.Open);
            // "so die Polizei", "so das Gericht": a cue that ends in a determiner leaves it to the subject's words, so the noun
            // after it is read as a description ("das Gericht"), not as a bare name the tagger missed.
            var subject = cue.Tokens > 1 && entityCues.Determiners.Contains(tokens[t + cue.Tokens - 1].Lower) ? t + cue.Tokens - 1 : t + cue.Tokens;
            if (speaker is null && cue.Value == QuoteCues.Verb)
            {
                // "«…», dijo.", "«…», ha aggiunto.": a cue that ends the sentence has its subject in the verb, the last person;
                // so has one that goes on with where or to whom it was said ("dijo a la radio", "ha detto in aula").
                var next = subject;
                // "dijo el año pasado en una entrevista": when it was said stands between the verb and the rest.
                while (next < tokens.Count && !reading.Ends(next - 1) && cues.Reporting.Skip.MatchAt(text, tokens, next) is { } when)
                {
                    next += when.Tokens;
                }

                speaker = reading.Ends(next - 1) || (next < tokens.Count && tokens[next].Lower == ".")
                    ? antecedents.Antecedent(PronounAntecedents.Person, span.Open)
                    : written.After(next);
                if (speaker is null && next < tokens.Count && cues.SaidWhere.MatchAt(text, tokens, next) is not null)
                {
                    speaker = antecedents.Antecedent(PronounAntecedents.Person, span.Open);
                }
            }

            if (cues.QuotingVerbs.MatchAt(text, tokens, t) is not null && QuotedObject(subject) is { } quoted)
            {
                return (quoted.Speaker, reading.Span(t, cue.Tokens), true, quoted.Words);
            }

            var words = speaker is null && cue.Value is QuoteCues.Verb or QuoteCues.Source ? TitledSource(subject) ?? phrase.After(subject) : null;
            return (speaker, reading.Span(t, cue.Tokens), true, words);
        }

        // ", he said", ", Sam Altman said", ", a Lumora spokesperson said": the speaker before the cue. After a name and a
        // comma the cue may come after a whole insertion ("Arnaud Fournier, a solutions architect at OpenAI who leads the
        // Paris office, tells Sifted"), right after its closing comma.
        var insertion = OpensInsertion(t);
        for (var c = t + 1; c < tokens.Count && c <= t + (insertion ? SentenceTokens : Window) && !reading.Ends(c - 1); c++)
        {
            if (c > t + Window && tokens[c - 1].Lower != ",")
            {
                continue;
            }

            if (cues.CueAt(text, tokens, c) is { Value: QuoteCues.Verb or QuoteCues.SourceBefore } later)
            {
                // "„…“ ausgefallen, so ein Sprecher des CERN": a verb cue opening a clause after a comma has its subject after it.
                var speaker = naming.NamedBefore(t, c, span.Open)
                    ?? (later.Value == QuoteCues.Verb && tokens[c - 1].Lower == "," ? naming.NamedAfter(c + later.Tokens, int.MaxValue, span.Open) : null);
                // ", a police spokesman said"; "…“ ausgefallen, so ein Sprecher des CERN": the words before the cue, else after it.
                return (speaker, reading.Span(c, later.Tokens), false, speaker is null ? phrase.Before(t, c) ?? phrase.After(c + later.Tokens) : null);
            }
        }

        // "“…” ― Pamela Padilla", "«…» — Sam Altman": a name after a dash signs the quote, as under an epigraph.
        if (dashed && mentions.StartingAt(tokens[t].Start) is { Entity.Type: EntityType.Person or EntityType.Organisation } signed)
        {
            return (signed.Entity.Name, null, true, null);
        }

        return Framed(span, t);
    }

    // "Lieve Baert, topvrouw van Vandermeulen Terminals:", "Directeur Étienne Roussel van Fromagerie Vauclair:": the name
    // right before a colon that a preposition governs says whom the person named before it works for; that person speaks.
    private string? PersonBeforeAttribute(int first, int open)
    {
        var frame = mentions.In(tokens[first].Start, tokens[open - 1].End);
        if (frame.Count < 2)
        {
            return null;
        }

        var governed = reading.TokenAtOrAfter(frame[^1].Start) - 1;
        if (governed < first || !entityCues.Prepositions.Contains(tokens[governed].Lower))
        {
            return null;
        }

        var person = frame.FindLast(m => m.Entity.Type == EntityType.Person && m.End <= tokens[governed].Start);
        return person.Entity?.Name;
    }

    // Whether the noun phrase from `first` to its verb at `verb` is the subject of a colon frame: the word after it is a
    // verb, not a preposition or conjunction going on with the phrase ("Jegliche Mitverantwortung für … weist Hartmann von
    // sich:"); the phrase names no person or organisation; no pronoun after the verb is the subject instead; and no name
    // stands right after the verb (or one word later), where an inverted subject would.
    private bool SubjectLeads(int first, int verb, int open, int quoteOpen)
    {
        static bool Speaks(Entities.Entity e) => e.Type is EntityType.Person or EntityType.Organisation;
        var after = Math.Min(verb + InvertedSubjectReach, open - 1);
        return !cues.IsPreposition(text, tokens, verb, entityCues) && !entityCues.Conjunctions.Contains(tokens[verb].Lower)
            && naming.InvertedPronoun(first, open, quoteOpen) is null
            && !mentions.In(tokens[first].Start, tokens[verb].Start).Exists(m => Speaks(m.Entity))
            && (verb + 1 > after || !mentions.In(tokens[verb + 1].Start, tokens[after].End).Exists(m => Speaks(m.Entity)));
    }

    // How far after its verb an inverted subject may start: right after it, or after one adverb ("lobte dann Merkel").
    private const int InvertedSubjectReach = 2;

    // "„…“, zitiert Welt-Online den Minister": after a quoting verb's subject, from token `from` on (a name, or a
    // determiner and capitalised words), the object that follows in the same sentence said the words: a person, else the
    // words of a phrase its article opens. Null where none follows.
    private (string? Speaker, string? Words)? QuotedObject(int from)
    {
        var k = from < tokens.Count && entityCues.Determiners.Contains(tokens[from].Lower) ? from + 1 : from;
        if (k < tokens.Count && mentions.StartingAt(tokens[k].Start) is { } subject)
        {
            k = reading.TokenAtOrAfter(subject.End);
        }
        else
        {
            while (k < tokens.Count && !reading.Ends(k - 1) && char.IsUpper(text[tokens[k].Start]) && tokens[k].Lower.Any(char.IsLetter)
                && !(k > from + 1 && PersonAt(k)))
            {
                k++;
            }
        }

        if (k <= from || k >= tokens.Count || reading.Ends(k - 1))
        {
            return null;
        }

        return mentions.StartingAt(tokens[k].Start) is { Entity.Type: EntityType.Person } person ? (person.Entity.Name, null)
            : entityCues.Determiners.Contains(tokens[k].Lower) && phrase.After(k) is { } words ? (null, words) : null;
    }

    private bool PersonAt(int t) => mentions.StartingAt(tokens[t].Start) is { Entity.Type: EntityType.Person };

    // The reporting verb ([modal-reporting] of quotes.txt) that is the last word of the sentence from token `from`, not after
    // a negation (ReportingCues.ClosesModalReport); null where there is none.
    private int? ClosingReportingVerb(int from)
    {
        for (var t = from; t < tokens.Count && t - from < SentenceTokens; t++)
        {
            if (tokens[t].Lower is not ("." or "!") && !reading.Ends(t))
            {
                continue;
            }

            var last = tokens[t].Lower is "." or "!" ? t - 1 : t;
            return last > from && cues.Reporting.ClosesModalReport(text, tokens, last) ? last : null;
        }

        return null;
    }

    // "„…“, schreibt die „Computerwoche“", "», écrit « Le Monde »": a title in marks right after the cue, after a determiner
    // at most, names the paper or programme the words are from; kept as written, marks and all.
    private string? TitledSource(int from)
    {
        var t = from < tokens.Count && entityCues.Determiners.Contains(tokens[from].Lower) ? from + 1 : from;
        if (t >= tokens.Count || !reading.IsMarkToken(t) || reading.TitleEnd(t) is not { } close || !char.IsUpper(text[tokens[t + 1].Start]))
        {
            return null;
        }

        sourceTitles.Add(tokens[t].Start);
        return text[tokens[from].Start..tokens[close].End];
    }

    // The opening marks of titles read as the source of the quote before them: no quotes themselves.
    private readonly HashSet<int> sourceTitles = [];

    /// <summary>Whether the marks are a title an earlier quote's attribution named as its source ("…“, schreibt die „Rheinpost“").</summary>
    public bool IsSourceTitle(QuoteSpan span) => sourceTitles.Contains(span.Open);

    // Whether the words from token t are a name and a comma, the name perhaps after a title or two and before a bracket
    // ("Arnaud Fournier, a solutions architect …, tells Sifted"; "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"):
    // an insertion the cue may come after.
    private bool OpensInsertion(int t)
    {
        var n = mentions.FirstAtOrAfter(tokens[t].Start);
        if (n >= mentions.Count)
        {
            return false;
        }

        var first = reading.TokenAtOrAfter(mentions[n].Start);
        if (first - t > InsertionTitleTokens || Enumerable.Range(t, first - t).Any(i => tokens[i].Lower != "." && !char.IsUpper(text[tokens[i].Start])))
        {
            return false;
        }

        var after = reading.AfterBracket(reading.TokenAtOrAfter(mentions[n].End), tokens.Count) ?? tokens.Count;
        return after < tokens.Count && tokens[after].Lower == ",";
    }

    // Title tokens before the name of an insertion ("Rep", ".", "Senate Majority Leader").
    private const int InsertionTitleTokens = 4;

    // „…“, fügte Brown hinzu; „…“, meinen die beiden Mitglieder; „…“, gab ein Sprecher des Unternehmens bekannt: a quote
    // that opens its sentence, ends at a comma and goes on in lower case is the object of the clause after it, whatever its
    // verb (no cue list names them all, nor splits "fügte … hinzu"), and that clause's subject follows the verb. Only in a
    // language whose cues the data gives: one without them names no speaker at all.
    private (string? Speaker, TextSpan? Cue, bool Explicit, string? Phrase)? Framed(QuoteSpan span, int verb)
    {
        if (cues.Cues.IsEmpty)
        {
            return null;
        }

        var open = reading.TokenAtOrAfter(span.Open);
        // A question or an exclamation ends the quote, not the sentence: « … ? », interroge-t-il; "…?" wondered the mayor.
        var comma = tokens[verb - 1].Lower == "," || text.AsSpan(span.Open + 1, Math.Max(0, span.Close - span.Open - 1)).TrimEnd() is [.., ',' or '?' or '!'];
        if (!comma || reading.SentenceStart(open, open, PrefixTokens) != open || !char.IsLower(text[tokens[verb].Start])
            || reading.Ends(verb) || cues.PhraseEnds.MatchAt(text, tokens, verb) is not null || verb + 1 >= tokens.Count)
        {
            return null;
        }

        var speaker = naming.JoinedPronoun(verb, span.Open) ?? naming.NamedAfter(verb + 1, int.MaxValue, span.Open);
        var words = speaker is null ? phrase.After(verb + 1) : null;
        // The verb is the cue: a quote it frames is no continuation of the one before. An elided clitic before it is not
        // (« … ? » s'interroge la maire).
        var cueAt = tokens[verb].Lower.EndsWith('\'') && verb + 1 < tokens.Count ? verb + 1 : verb;
        return speaker is null && words is null ? null : (speaker, reading.Span(cueAt, 1), false, words);
    }

    /// <summary>
    /// Whether the sentence around the marks, outside them, is reported speech: it holds an attribution cue, a reporting
    /// verb or a subjunctive form ("sagen, der Pilot trage die „volle Verantwortung“", "sei „alarmierend“").
    /// </summary>
    /// <param name="span">The quote's marks.</param>
    /// <param name="asPhrase">
    /// Read the marked words as part of the sentence's phrases: a speech verb right after the closing mark with no comma
    /// between then follows the phrase that holds them ("In der „Rundschau am Sonntag“ schreibt der Bischof, dass …"),
    /// and it and the rest of the sentence, which reports its subject's words, are no sign that the marked words were said.
    /// </param>
    public bool Spoken(QuoteSpan span, bool asPhrase = false)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        for (var c = open - 1; c >= 0 && open - c <= SentenceTokens && !reading.Ends(c); c--)
        {
            if (IsSpeech(c))
            {
                return true;
            }
        }

        if (span.Close < 0)
        {
            return false;
        }

        var close = reading.TokenAtOrAfter(span.Close + 1);
        if (asPhrase && span.Close + 1 < text.Length && text[span.Close + 1] == ' ' && close < tokens.Count && IsSpeechVerb(close))
        {
            // The rest of the sentence is that verb's: its subject and what it reports, not the marked words.
            return false;
        }

        for (var c = close; c < tokens.Count && c - close <= SentenceTokens; c++)
        {
            if (IsSpeech(c))
            {
                return true;
            }

            if (reading.Ends(c))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the marked words are the subject of the cue or reporting verb right after the closing mark, with no comma
    /// between ("Wie „zeit online“ meldet"; "„…“, sagte er" has its comma): not when a determiner or a preposition before
    /// the opening mark makes them part of a phrase the verb comes second after ("Von einer „gezielten Täuschung“ sprach
    /// der Abgeordnete").
    /// </summary>
    public bool SubjectOfVerbAfter(QuoteSpan span)
    {
        if (span.Close < 1 || span.Close + 2 >= text.Length || text[span.Close + 1] != ' ' || text[span.Close - 1] is ',' or '.' or '!' or '?')
        {
            return false;
        }

        var open = reading.TokenAtOrAfter(span.Open);
        if (open > 0 && (entityCues.Determiners.Contains(tokens[open - 1].Lower) || entityCues.Prepositions.Contains(tokens[open - 1].Lower)))
        {
            return false;
        }

        var close = reading.TokenAtOrAfter(span.Close + 1);
        return close < tokens.Count && IsSpeechVerb(close);
    }

    private bool IsSpeech(int c) => IsSpeechVerb(c) || cues.Reporting.Subjunctive.MatchAt(text, tokens, c) is not null;

    // A cue that is no naming word, or a reporting verb.
    private bool IsSpeechVerb(int c) =>
        cues.CueAt(text, tokens, c) is { Value: not QuoteCues.Naming }
        || cues.Reporting.Verbs.MatchAt(text, tokens, c) is { Value: not QuoteCues.PersonSource };

    // "Dies nennt man einen „…“", "ce qu'on appelle « … »": an impersonal pronoun right before or after the naming cue.
    private bool Impersonal(int cue, int after) =>
        (after < tokens.Count && cues.Impersonal.MatchAt(text, tokens, after) is not null)
        || (cue > 0 && cues.Impersonal.MatchEndingAt(text, tokens, cue - 1) is not null);

    // Whether the sentence of a naming particle at token `particle` holds a naming cue, a naming verb or a speech verb
    // besides it: "bezeichnete den Gipfel als „…“", "bezeichnete acht Karten, in einem Spiel, in dem …, als „…“", "von
    // Kennern als „…“ bezeichnet", "als „Kapitulation“ sieht". After the marks only in their own clause: "Galt er als „…“,
    // so wurde sein Werk positiv bewertet" names a reputation, no one's words, as does a verb of standing before the
    // particle ("gilt nicht als „Störfall“").
    private bool NamesBeside(QuoteSpan span, int particle)
    {
        var first = reading.SentenceStart(particle, particle, SentenceTokens);
        for (var c = particle - 1; c >= first && !IsClauseBreak(c, span); c--)
        {
            if (cues.Standing.MatchAt(text, tokens, c) is not null)
            {
                return false;
            }
        }

        for (var c = first; c < tokens.Count && c - first <= 2 * SentenceTokens && (c == first || !reading.Ends(c - 1)) && !(c > particle && IsClauseBreak(c, span)); c++)
        {
            if (c != particle && !reading.IsMarkToken(c) && (tokens[c].Start < span.Open || tokens[c].Start > span.Close)
                && (IsSpeechVerb(c) || cues.NamingVerbs.MatchAt(text, tokens, c) is not null || cues.CueAt(text, tokens, c) is { Value: QuoteCues.Naming })
                && cues.NamingParticles.MatchAt(text, tokens, c) is null)
            {
                return true;
            }
        }

        return false;
    }

    // A comma, semicolon or colon outside the marks, between two clauses.
    private bool IsClauseBreak(int c, QuoteSpan span) =>
        tokens[c].Lower is "," or ";" or ":" && (tokens[c].Start < span.Open || tokens[c].Start > span.Close);

    /// <summary>Whether a naming cue ("nannte", "called") stands in the few words before the opening mark, in its sentence.</summary>
    public bool Named(QuoteSpan span)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        for (var c = open - 1; c >= 0 && open - c <= Window && !reading.Ends(c) && !reading.IsMarkToken(c); c--)
        {
            if (cues.CueAt(text, tokens, c) is { Value: QuoteCues.Naming } cue && c + cue.Tokens <= open
                && (cues.NamingParticles.MatchAt(text, tokens, c) is null || NamesBeside(span, c)) && !Impersonal(c, c + cue.Tokens))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one person the sentence before a quote names, when the quote is a sentence of its own and nothing credits it
    /// ("…, will Oettinger die Naturwissenschaften straffen. „Nicht jede Formel ist notwendig.“ Jeder Schüler …"): news
    /// prints a person's words right after a sentence about them. Null when the quote does not open and close its
    /// sentence, or the sentence before names no person or more than one.
    /// </summary>
    public string? OnlyPersonBefore(QuoteSpan span)
    {
        if (SentenceBefore(span) is not var (first, open))
        {
            return null;
        }

        var people = mentions.In(tokens[first].Start, tokens[open - 1].End).Where(m => m.Entity.Type == EntityType.Person)
            .Select(m => m.Entity.Name).Distinct(StringComparer.Ordinal).ToList();
        return people.Count == 1 ? people[0] : null;
    }

    // For a quote that opens and closes its sentence, the first token of the sentence before it and the quote's opening
    // token; null for any other quote.
    private (int First, int Open)? SentenceBefore(QuoteSpan span)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        return open == 0 || open >= tokens.Count || !reading.Ends(open - 1) || span.Close < 0 || !EndsSentence(span)
            ? null
            : (reading.SentenceStart(open - 1, open, SentenceTokens), open);
    }

    /// <summary>
    /// The subject of the sentence before a quote that is a sentence of its own, where that sentence reports speech
    /// ("Niemand wolle das Unternehmen führen, sagte er. „Wir haben lange gesucht …“"): news goes on with the same
    /// speaker's words. Null when the quote does not open and close its sentence or the sentence before holds no speech verb.
    /// </summary>
    public string? SpokenBefore(QuoteSpan span)
    {
        if (SentenceBefore(span) is not var (first, open))
        {
            return null;
        }
        var verbs = Enumerable.Range(first, open - first).Where(t => !reading.IsMarkToken(t) && IsSpeechVerb(t)).ToList();
        if (verbs.Count == 0)
        {
            return null;
        }

        // ", he said.": a pronoun right before the last verb stands for its antecedent.
        var verb = verbs[^1];
        return naming.Subject(first, open, span.Open, governed: false)
            ?? (cues.Pronouns.MatchEndingAt(text, tokens, verb - 1) is { } pronoun && verb - pronoun.Tokens >= first
                ? antecedents.Antecedent(pronoun.Value, tokens[verb - pronoun.Tokens].Start, tokens[verb - 1].Lower)
                : null);
    }

    /// <summary>
    /// The speaker of a quote inside a sentence of reported speech that goes on from the sentence before ("Die Ministerin
    /// sprach sich gegen Gewalt aus. Zwar sei Druck nötig, das habe aber nichts mit „Sanktionen“ zu tun."): where a language
    /// marks reported speech by the verb's form alone ([subjunctive] of quotes.txt), a sentence with such a form that names
    /// no person or organisation outside the marks, but in a genitive attribute ("die Kriterien der EU"), reports the subject
    /// of the sentence before, when that one holds a speech verb. Returns the subject and where the sentence before names
    /// it; null otherwise.
    /// </summary>
    public (string Speaker, TextSpan? Said)? ReportedBefore(QuoteSpan span)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        if (cues.Reporting.Subjunctive.IsEmpty || open == 0 || open >= tokens.Count)
        {
            return null;
        }

        var first = reading.SentenceStart(open, open, SentenceTokens);
        var last = reading.SentenceEnd(open, open, SentenceTokens);

        // A pronoun outside the marks ("Sie sei …") is the sentence's own subject, which the pronoun rules read.
        var outside = Enumerable.Range(first, last - first + 1).Where(t => !reading.IsMarkToken(t) && (tokens[t].End <= span.Open || (span.Close >= 0 && tokens[t].Start > span.Close))).ToList();
        if (first == 0 || !outside.Exists(t => cues.Reporting.Subjunctive.MatchAt(text, tokens, t) is not null)
            || outside.Exists(t => cues.Pronouns.MatchAt(text, tokens, t) is not null)
            || mentions.In(tokens[first].Start, tokens[last].End).Exists(m => m.Entity.Type is EntityType.Person or EntityType.Organisation && !grammar.InGenitiveAttribute(m)))
        {
            return null;
        }

        var before = reading.SentenceStart(first - 1, first - 1, SentenceTokens);
        if (!Enumerable.Range(before, first - before).Any(t => !reading.IsMarkToken(t) && IsSpeechVerb(t)) || reading.IsMarkToken(first - 1))
        {
            return null;
        }

        if (naming.Subject(before, first, span.Open, governed: false) is not { } subject)
        {
            return null;
        }

        var said = mentions.In(tokens[before].Start, tokens[first - 1].End).FirstOrDefault(m => m.Entity.Name == subject);
        return (subject, said.Entity is null ? null : new TextSpan(said.Start, said.End - said.Start));
    }

    // The quote ends with its sentence: a full stop, question or exclamation mark inside the closing mark, and after it
    // the text ends or a new sentence or paragraph begins.
    private bool EndsSentence(QuoteSpan span)
    {
        var inside = text.AsSpan(0, span.Close).TrimEnd();
        if (inside.Length == 0 || inside[^1] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var rest = text.AsSpan(span.Close + 1);
        var next = rest.IndexOfAnyExcept(' ', '\t');
        return next < 0 || rest[next] is '\n' or '\r' || char.IsUpper(rest[next]) || Marks.Contains(rest[next], StringComparison.Ordinal);
    }

    // "zeigte sich besorgt, dass die Clan-Fehden …:": the words after a cue name its subject only up to a comma; after it a
    // clause of its own begins.
    private int ClauseEnd(int from, int limit)
    {
        for (var t = from; t < limit; t++)
        {
            if (tokens[t].Lower is "," or ";")
            {
                return t;
            }
        }

        return limit;
    }

    // "„…“, mit diesen Worten meldete er sich zurück", "“…” With these words, Merkel welcomed …", "Mit den Worten „…“
    // kommentierte er seinen Ausfall": [with-words] of quotes.txt right after the quote, or right before it, make the quote
    // the words of the subject of the verb that follows; where the verb comes second, that subject follows the verb.
    private (string? Speaker, TextSpan? Cue, bool Explicit, string? Phrase)? WithWords(QuoteSpan span)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        var close = reading.TokenAtOrAfter(span.Close + 1);
        var t = close < tokens.Count && tokens[close].Lower is "," or "." ? close + 1 : close;
        int next;
        TextSpan cue;
        if (t < tokens.Count && !reading.Breaks(span.Close + 1, tokens[t].Start) && cues.WithWords.MatchAt(text, tokens, t) is { } after)
        {
            (next, cue) = (t + after.Tokens, reading.Span(t, after.Tokens));
        }
        else if (WithWordsEndingAt(open) is { } before && close < tokens.Count && !reading.Breaks(span.Close + 1, tokens[close].Start))
        {
            // The words stand before the quote, so the verb after it is the cue a reader sees.
            (next, cue) = (close, char.IsLower(text[tokens[close].Start]) ? reading.Span(close, 1) : reading.Span(before, open - before));
        }
        else
        {
            return null;
        }

        next += next < tokens.Count && tokens[next].Lower == "," ? 1 : 0;
        if (next >= tokens.Count || reading.Ends(next - 1))
        {
            return null;
        }

        // The verb in lower case before its subject; a pronoun or a name opens the subject itself.
        var from = cues.Pronouns.MatchAt(text, tokens, next) is null && char.IsLower(text[tokens[next].Start]) ? next + 1 : next;
        var speaker = naming.NamedAfter(from, ClauseEnd(from, tokens.Count), span.Open);
        var words = speaker is null ? phrase.After(from) : null;
        return speaker is null && words is null ? null : (speaker, cue, true, words);
    }

    // The first token of [with-words] words that end right before token `open`, or null.
    private int? WithWordsEndingAt(int open)
    {
        const int LongestWords = 4;
        for (var t = Math.Max(0, open - LongestWords); t < open; t++)
        {
            if (cues.WithWords.MatchAt(text, tokens, t) is { } words && t + words.Tokens == open)
            {
                return t;
            }
        }

        return null;
    }

    // Rules (b) and (c): a cue or a colon in the sentence before the opening mark.
    private (string? Speaker, TextSpan? Cue, string? Phrase)? Before(QuoteSpan span)
    {
        var open = reading.TokenAtOrAfter(span.Open);
        var first = reading.SentenceStart(open, open, PrefixTokens);

        // "der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein …“)": words in marks in brackets right after a
        // person's name are that person's, whatever cue the sentence has.
        if (open > 0 && tokens[open - 1].Lower == "(" && mentions.EndingAt(tokens[open - 1].Start) is { Type: EntityType.Person } bracketed)
        {
            return (bracketed.Name, null, null);
        }

        // "OpenAI-CEO Sam Altman äußerte sich zu der Entscheidung:" then „…“ in a paragraph of its own: a paragraph that
        // ends with a colon introduces the quote that opens the next one.
        if (first == open && open > 0 && tokens[open - 1].Lower == ":")
        {
            first = reading.SentenceStart(open - 1, open, PrefixTokens);
        }

        var colon = open > first && tokens[open - 1].Lower == ":";
        // "Die Universität erklärt, sie wolle dem „…“": where no cue names an entity, the words of the last verb's subject.
        (TextSpan Cue, string Phrase)? unnamed = null;
        // The last cue of the sentence before the mark.
        for (var c = open - 1; c >= first; c--)
        {
            if (cues.CueAt(text, tokens, c) is not { } cue || c + cue.Tokens > open)
            {
                continue;
            }

            // "Als Reaktion erklärte die Fraktion, …": a naming word that opens its sentence joins a clause; nothing before it
            // is named.
            if (cue.Value == QuoteCues.Naming && c == first)
            {
                continue;
            }

            var end = c + cue.Tokens;
            var near = end >= open - 2;
            if (cue.Value == QuoteCues.Verb && !colon && !near)
            {
                // "Merz sagte, das sei „ein starkes Signal“": a partial quote in reported speech is the words of the
                // reporting verb's subject, named before the verb; one named after it may be the subject of the clause.
                if (naming.NamedBefore(first, c, span.Open) is { } subject)
                {
                    return (subject, reading.Span(c, cue.Tokens), null);
                }

                unnamed ??= phrase.Before(ClauseStart(first, c), c) is { } subjectWords ? (reading.Span(c, cue.Tokens), subjectWords) : null;
                continue;
            }

            // "… seit dem Amtsantritt von Angela Merkel als Bundeskanzlerin lobte er mit den Worten: „": a colon frames the
            // quote, and a naming word further back names something else.
            if (cue.Value == QuoteCues.Naming && colon && end < open - NamingReach)
            {
                continue;
            }

            // "… bezeichnete den Gipfel als das „": the cue names the quote only right before it.
            if (cue.Value == QuoteCues.Naming && end >= open - NamingReach)
            {
                var (namer, namerWords) = naming.Namer(first, c, end, span.Open);
                return (namer, reading.Span(c, cue.Tokens), namerWords);
            }

            // "Warum die Universität …, dass … zu Guttenberg …, erklärte die Universität so:": after a subordinate clause that
            // opens the sentence the subject follows the verb, and a name in that clause is none.
            var afterSubordinate = c > first && tokens[c - 1].Lower == "," && cues.Reporting.Subordinators.MatchAt(text, tokens, first) is not null;
            var speaker = cue.Value switch
            {
                // "sagte sie, „…", "a déclaré Sam Altman : «": a name right after the cue first, then the one before it.
                // "Mook told CBS, “…”": after a verb that takes an addressee the name is whom it was said to.
                QuoteCues.Verb when entityCues.AddresseeVerbs.Contains(tokens[end - 1].Lower) =>
                    naming.NamedBefore(first, c, span.Open) ?? naming.NamedAfter(end, ClauseEnd(end, Math.Min(open, end + 4)), span.Open),
                QuoteCues.Verb when afterSubordinate =>
                    naming.NamedAfter(end, ClauseEnd(end, Math.Min(open, end + 4)), span.Open) ?? written.After(end),
                QuoteCues.Verb => naming.NamedAfter(end, ClauseEnd(end, Math.Min(open, end + 4)), span.Open) ?? naming.NamedBefore(first, c, span.Open) ?? written.After(end),
                // "Angesichts dessen nannte Reinhard Jung, Geschäftsführer des Bauernbundes, die Kartoffel „…“": further from
                // the mark, a naming cue's subject still names the words.
                QuoteCues.Naming => naming.Speaker(cue.Value, c, end, first, open, span.Open) ?? naming.Namer(first, c, end, span.Open).Speaker,
                _ => naming.Speaker(cue.Value, c, end, first, open, span.Open),
            };
            speaker ??= colon ? naming.Subject(afterSubordinate ? c : first, ClauseEnd(end, open), span.Open) : null;
            var words = speaker is not null ? null : cue.Value switch
            {
                // "Die Polizei bekräftigt: „…“" before "sagte am Montag der Sprecher: „…“".
                QuoteCues.Verb => phrase.Before(ClauseStart(first, c), c) ?? phrase.After(end),
                QuoteCues.SourceBefore => phrase.Before(ClauseStart(first, c), c, oneWord: true),
                QuoteCues.Source => phrase.After(end),
                _ => null,
            };
            if (speaker is null && words is null && cue.Value is QuoteCues.Source or QuoteCues.SourceBefore && c > first)
            {
                // "In der Unionsfraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „…“": a source that names nobody
                // says who reported the words, not who spoke them; a verb before it in the sentence still names the speaker.
                continue;
            }

            return (speaker, reading.Span(c, cue.Tokens), words);
        }

        // "teilte dessen Stellvertreter über die Pläne seines Chefs mit: „…“": a separable reporting verb ([separable])
        // whose last part stands right before the colon names the speaker: its subject follows it or opens the sentence.
        // It is no cue of the quote's: "Den Namen der Sendung gab das ZDF bekannt: „…“" introduces a title.
        if (colon && open - 2 > first && cues.Reporting.SeparableVerb(tokens, first, open - 2) is { } verb)
        {
            var subject = naming.NamedAfter(verb + 1, ClauseEnd(verb + 1, open), span.Open) ?? naming.NamedBefore(first, verb, span.Open);
            var subjectWords = subject is null ? phrase.Before(ClauseStart(first, verb), verb) ?? phrase.After(verb + 1) : null;
            return (subject, null, subjectWords);
        }

        // "In dem Antrag heißt es wörtlich:", "Derzeit steht in dem Gesetzentwurf noch der Passus:": where words stand
        // written is their source.
        if (colon && phrase.WrittenIn(first, open - 1) is { } writtenIn)
        {
            return (null, null, writtenIn);
        }

        // "Seine Meinung zu Kirchhoff:", "Ihr Fazit:", "Seiner Ansicht nach „…“": a possessive and a noun of what was said
        // ([speech-nouns]) opening the sentence give the words of whom the possessive stands for, not of a name after it.
        if ((colon || unnamed is null) && open - first >= 2 && entityCues.PossessiveDeterminers.Contains(tokens[first].Lower) && char.IsUpper(text[tokens[first + 1].Start])
            && cues.SpeechNouns.MatchAt(text, tokens, first + 1) is not null)
        {
            // The two words are the attribution, as a cue would be, so that they, not a name further on, mark the speaker.
            var owned = reading.Span(first, 2);
            return (antecedents.Antecedent(PronounAntecedents.Person, tokens[first].Start, tokens[first].Lower), owned, owned.In(text));
        }

        // "Sam Altman: “…”": a name right before the colon; not a place ("… vor seinen Starpiloten aus Kerpen:").
        if (colon && mentions.EndingAt(tokens[open - 1].Start) is { Type: not EntityType.Place } named)
        {
            return (PersonBeforeAttribute(first, open) ?? named.Name, null, null);
        }

        // "Der Ermittler, der als wichtiger Zeuge gilt, will nach dem Abschluss des Falls Demjanjuk …:": a sentence that
        // opens with a noun phrase naming no entity, its verb right after, has that phrase for its subject; a name further
        // on is an object, unless it stands right after the verb ("Die Arbeit der Koalition lobte Merkel mit den Worten:").
        if (colon && phrase.Opening(first, open) is { } lead && SubjectLeads(first, lead.End, open, span.Open))
        {
            return inverted.Owner(lead.End) is { } owner ? (owner, null, null) : (null, null, lead.Words);
        }

        // "Thaksin begründete seinen Schritt mit den Worten: „…“": a sentence that introduces the quote with a colon
        // and no cue is the quote's frame, and its subject speaks.
        if (colon && naming.Subject(first, open, span.Open, governed: false) is { } frame)
        {
            return (frame, null, null);
        }

        // A pronoun subject whose antecedent is a name the tagger missed: the pronoun names the speaker, not the sentence's
        // opening words ("Die Arbeit der Koalition lobte er mit den Worten:" after a "Köhler" no mention holds).
        if (colon && naming.InvertedPronoun(first, open, span.Open) is { } pronoun)
        {
            return (null, null, pronoun);
        }

        // "Der Mieterverein widersprach: „…“": a frame whose subject names no entity still says who speaks, in its words;
        // the quote is not the speaker's before it. That subject, before or after the verb, outweighs a name in the
        // genitive or after a preposition ("Der Ermittler, der als wichtiger Zeuge gilt, will nach dem Abschluss des Falls
        // Demjanjuk …:").
        // "Das Fazit von Sandra Boser …:": a person right after the opening phrase is whose words it names.
        if (colon && phrase.Opening(first, open) is { } opening)
        {
            return inverted.Owner(opening.End) is { } owner ? (owner, null, null) : (null, null, opening.Words);
        }

        if (colon && inverted.Phrase(first, open) is { } invertedWords)
        {
            return (null, null, invertedWords);
        }

        if (colon && naming.Subject(first, open, span.Open) is { } governedFrame)
        {
            return (governedFrame, null, null);
        }

        // "Ein Beamter der Nationalpolizei: „…“": a frame with no verb at all is the speaker's words up to the colon, or up to
        // when and where they were said ("Ein Hauptkommissar nach der Festnahme:").
        return colon && (phrase.Before(first, open - 1) ?? phrase.Verbless(first, open - 1)) is { } verbless ? (null, null, verbless)
            : unnamed is { } fallback ? (null, fallback.Cue, fallback.Phrase) : null;
    }
}
