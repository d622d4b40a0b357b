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
    private const int Window = 12;

    // How far back the words before an opening mark are read for a cue ("Sam Altman äußerte sich zu der Entscheidung:").
    private const int PrefixTokens = 30;

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
    private readonly IReadOnlyList<FigureToken> tokens;
    private readonly List<(int Start, int End, Entity Entity)> mentions;

    // For each mention, the index of the last person (organisation) mention at or before it (-1 when none), so that a
    // pronoun finds its antecedent without walking back over every other mention of a long article.
    private readonly int[] lastPerson;
    private readonly int[] lastOrganisation;

    // Whether each mention lies inside quotation marks: a name someone quotes is never the one speaking.
    private readonly bool[] quoted;

    // The pairs of marks QuoteMarks found, in text order: a title in marks within an attribution is one of them.
    private readonly IReadOnlyList<QuoteSpan> spans;

    // spans: the article's quote spans in text order; names inside them are not a pronoun's antecedent.
    public QuoteSpeakers(string text, QuoteCues cues, EntityCues entityCues, IReadOnlyList<Entity> entities, IReadOnlyList<QuoteSpan> spans)
    {
        this.text = text;
        this.cues = cues;
        this.entityCues = entityCues;
        tokens = FigureTokens.Scan(text);
        written = new WrittenSpeaker(text, tokens, entityCues, cues);
        phrase = new SpeakerPhrase(text, tokens, entityCues, cues, Ends);
        mentions = entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.Start + m.Length, e)))
            .Where(m => m.Start >= 0 && m.Item2 <= text.Length)
            .OrderBy(m => m.Start)
            .ToList();
        this.spans = spans;
        quoted = Quoted(spans);
        lastPerson = LastOf(EntityType.Person, quoted);
        lastOrganisation = LastOf(EntityType.Organisation, quoted);
    }

    /// <summary>
    /// The quote's speaker (an entity's name), its cue as written, and where no entity is named the words the cue names
    /// its speaker with (<see cref="SpeakerPhrase"/>).
    /// </summary>
    public (string? Speaker, string? Cue, string? Phrase) Find(QuoteSpan span)
    {
        var after = span.Close >= 0 ? After(span) : null;
        if (after is { Speaker: not null } or { Explicit: true })
        {
            return (after.Value.Speaker, after.Value.Cue, after.Value.Phrase);
        }

        // "Merz said the plan was “a strong signal,” and the company said …": a cue further on that names nobody
        // does not hide the one before the quote.
        var found = Before(span) ?? (after is { } later ? (later.Speaker, later.Cue, later.Phrase) : (null, null, null));
        return found is (null, null, null) ? (InSentence(span), null, null) : found;
    }

    /// <summary>The text's tokens, shared with <see cref="ReportedSpeech"/>.</summary>
    public IReadOnlyList<FigureToken> Tokens => tokens;

    /// <summary>
    /// Who a reported clause is the speech of: the name before its verb ("Lumora said …", "She said …", "a spokesperson
    /// said that …") or after it ("…, a annoncé la SNCF", "Selon lui, …"), as for direct quotes.
    /// </summary>
    public string? Reported(ReportedClause clause) => clause.By switch
    {
        ReportedBy.VerbBefore => NamedBefore(clause.From, clause.Cue, clause.Start) ?? NamedAfter(clause.CueEnd, clause.Limit, clause.Start),
        ReportedBy.VerbAfter => NamedAfter(clause.CueEnd, clause.Limit, clause.Start) ?? NamedBefore(clause.From, clause.Cue, clause.Start),
        // "Claire Martin zufolge ist …": the source named before its phrase.
        ReportedBy.Source when cues.Cues.MatchAt(text, tokens, clause.Cue) is { Value: QuoteCues.SourceBefore } =>
            NamedBefore(clause.From, clause.Cue, clause.Start),
        ReportedBy.Source => NamedAfter(clause.CueEnd, clause.Limit, clause.Start),
        _ => null,
    };

    /// <summary>The words a reported clause's cue names its speaker with, for a clause <see cref="Reported"/> finds no entity for.</summary>
    public string? ReportedPhrase(ReportedClause clause) => clause.By switch
    {
        // "Weiter erklärte die Ministerin, dass …", but not "said the panel might be damaged": after the verb, only words
        // that end at a comma or a conjunction.
        ReportedBy.VerbBefore => phrase.Before(ClauseStart(clause.From, clause.Cue), clause.Cue) ?? phrase.After(clause.CueEnd, closed: true),
        ReportedBy.VerbAfter => phrase.After(clause.CueEnd),
        ReportedBy.Source when cues.Cues.MatchAt(text, tokens, clause.Cue) is { Value: QuoteCues.SourceBefore } =>
            phrase.Before(ClauseStart(clause.From, clause.Cue), clause.Cue, oneWord: true),
        ReportedBy.Source => phrase.After(clause.CueEnd),
        _ => null,
    };

    // The first word of the sentence or clause (after its last comma) that ends at the cue.
    private int ClauseStart(int from, int cue)
    {
        var first = Math.Max(from, SentenceStart(Math.Max(0, cue - 1), cue, PrefixTokens));
        for (var t = cue - 1; t > first; t--)
        {
            if (tokens[t - 1].Lower is "," or ";" or ":" || IsMarkToken(t - 1))
            {
                return t;
            }
        }

        return first;
    }

    // "Osterloh sieht in dem Verfahren einen „Angriff gegen die Belegschaft“": a quote inside a sentence with no cue is the
    // words of the sentence's subject, the first person it names before the marks.
    private string? InSentence(QuoteSpan span)
    {
        var open = TokenAtOrAfter(span.Open);
        var first = SentenceStart(open, open, PrefixTokens);

        return first < open ? Subject(first, open, span.Open) : null;
    }

    // Rule (a): the words right after the closing mark.
    // Explicit: the cue comes right after the mark (", a indiqué l'entreprise"), so the quote is attributed even
    // when the words name no entity.
    private (string? Speaker, string? Cue, bool Explicit, string? Phrase)? After(QuoteSpan span)
    {
        var t = TokenAtOrAfter(span.Close + 1);
        // ", said X", "— said X": the punctuation between the mark and the cue.
        var dashed = false;
        for (var skipped = 0; t < tokens.Count && skipped < 2 && tokens[t].Lower is "," or ";" or "—" or "–" or "-" or "―"; skipped++)
        {
            dashed |= tokens[t].Lower is "—" or "―";
            t++;
        }

        if (t >= tokens.Count || Breaks(span.Close + 1, tokens[t].Start))
        {
            return null;
        }

        // „Wir sind bereit.“ Claire Martin sagte später …: a full stop inside the marks with nothing after them ends the
        // sentence, so the next one is not an attribution; a cue in lower case right after the marks still is one
        // („… etabliert.“ erklärte die Ministerin).
        if (t == TokenAtOrAfter(span.Close + 1) && text.AsSpan(span.Open + 1, span.Close - span.Open - 1).TrimEnd().EndsWith('.')
            && !(char.IsLower(text[tokens[t].Start]) && cues.Cues.MatchAt(text, tokens, t) is { Value: not QuoteCues.Naming }))
        {
            return null;
        }

        if (cues.Cues.MatchAt(text, tokens, t) is { Value: not QuoteCues.Naming } cue)
        {
            var speaker = Speaker(cue.Value, t, t + cue.Tokens, t, int.MaxValue, span.Open);
            if (speaker is null && cue.Value == QuoteCues.Verb)
            {
                // "«…», dijo.", "«…», ha aggiunto.": a cue that ends the sentence has its subject in the verb, the last person.
                speaker = Ends(t + cue.Tokens - 1) || (t + cue.Tokens < tokens.Count && tokens[t + cue.Tokens].Lower == ".")
                    ? Antecedent(Person, span.Open)
                    : written.After(t + cue.Tokens);
            }

            var words = speaker is null && cue.Value is QuoteCues.Verb or QuoteCues.Source ? phrase.After(t + cue.Tokens) : null;
            return (speaker, Written(t, cue.Tokens), true, words);
        }

        // ", he said", ", Sam Altman said", ", a Lumora spokesperson said": the speaker before the cue. After a name and a
        // comma the cue may come after a whole insertion ("Arnaud Fournier, a solutions architect at OpenAI who leads the
        // Paris office, tells Sifted"), right after its closing comma.
        var insertion = FirstMentionAtOrAfter(tokens[t].Start) is var n && n < mentions.Count && mentions[n].Start == tokens[t].Start
            && TokenAtOrAfter(mentions[n].End) is var a && a < tokens.Count && tokens[a].Lower == ",";
        for (var c = t + 1; c < tokens.Count && c <= t + (insertion ? SentenceTokens : Window) && !Ends(c - 1); c++)
        {
            if (c > t + Window && tokens[c - 1].Lower != ",")
            {
                continue;
            }

            if (cues.Cues.MatchAt(text, tokens, c) is { Value: QuoteCues.Verb or QuoteCues.SourceBefore } later)
            {
                var speaker = NamedBefore(t, c, span.Open);
                // ", a police spokesman said"; "…“ ausgefallen, so ein Sprecher des CERN": the words before the cue, else after it.
                return (speaker, Written(c, later.Tokens), false, speaker is null ? phrase.Before(t, c) ?? phrase.After(c + later.Tokens) : null);
            }
        }

        // "“…” ― Pamela Padilla", "«…» — Sam Altman": a name after a dash signs the quote, as under an epigraph.
        if (dashed && FirstMentionAtOrAfter(tokens[t].Start) is var m && m < mentions.Count && mentions[m].Start == tokens[t].Start
            && mentions[m].Entity.Type is EntityType.Person or EntityType.Organisation)
        {
            return (mentions[m].Entity.Name, null, true, null);
        }

        return Framed(span, t);
    }

    // „…“, fügte Brown hinzu; „…“, meinen die beiden Mitglieder; „…“, gab ein Sprecher des Unternehmens bekannt: a quote
    // that opens its sentence, ends at a comma and goes on in lower case is the object of the clause after it, whatever its
    // verb (no cue list names them all, nor splits "fügte … hinzu"), and that clause's subject follows the verb. Only in a
    // language whose cues the data gives: one without them names no speaker at all.
    private (string? Speaker, string? Cue, bool Explicit, string? Phrase)? Framed(QuoteSpan span, int verb)
    {
        if (cues.Cues.IsEmpty)
        {
            return null;
        }

        var open = TokenAtOrAfter(span.Open);
        var comma = tokens[verb - 1].Lower == "," || text.AsSpan(span.Open + 1, Math.Max(0, span.Close - span.Open - 1)).TrimEnd().EndsWith(',');
        if (!comma || SentenceStart(open, open, PrefixTokens) != open || !char.IsLower(text[tokens[verb].Start])
            || Ends(verb) || cues.PhraseEnds.MatchAt(text, tokens, verb) is not null || verb + 1 >= tokens.Count)
        {
            return null;
        }

        var speaker = NamedAfter(verb + 1, int.MaxValue, span.Open);
        var words = speaker is null ? phrase.After(verb + 1) : null;
        // The verb is the cue: a quote it frames is no continuation of the one before.
        return speaker is null && words is null ? null : (speaker, Written(verb, 1), false, words);
    }

    /// <summary>
    /// Whether the sentence around the marks, outside them, is reported speech: it holds an attribution cue, a reporting
    /// verb or a subjunctive form ("sagen, der Pilot trage die „volle Verantwortung“", "sei „alarmierend“").
    /// </summary>
    public bool Spoken(QuoteSpan span)
    {
        var open = TokenAtOrAfter(span.Open);
        for (var c = open - 1; c >= 0 && open - c <= SentenceTokens && !Ends(c); c--)
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

        var close = TokenAtOrAfter(span.Close + 1);
        for (var c = close; c < tokens.Count && c - close <= SentenceTokens; c++)
        {
            if (IsSpeech(c))
            {
                return true;
            }

            if (Ends(c))
            {
                break;
            }
        }

        return false;
    }

    private bool IsSpeech(int c) =>
        cues.Cues.MatchAt(text, tokens, c) is { Value: not QuoteCues.Naming }
        || cues.Reporting.Verbs.MatchAt(text, tokens, c) is not null
        || cues.Reporting.Subjunctive.MatchAt(text, tokens, c) is not null;

    /// <summary>Whether a naming cue ("nannte", "called") stands in the few words before the opening mark, in its sentence.</summary>
    public bool Named(QuoteSpan span)
    {
        var open = TokenAtOrAfter(span.Open);
        for (var c = open - 1; c >= 0 && open - c <= Window && !Ends(c) && !IsMarkToken(c); c--)
        {
            if (cues.Cues.MatchAt(text, tokens, c) is { Value: QuoteCues.Naming } cue && c + cue.Tokens <= open)
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
        var open = TokenAtOrAfter(span.Open);
        if (open == 0 || open >= tokens.Count || !Ends(open - 1) || span.Close < 0 || !EndsSentence(span))
        {
            return null;
        }

        var first = SentenceStart(open - 1, open, SentenceTokens);

        var people = MentionsIn(tokens[first].Start, tokens[open - 1].End).Where(m => m.Entity.Type == EntityType.Person)
            .Select(m => m.Entity.Name).Distinct(StringComparer.Ordinal).ToList();
        return people.Count == 1 ? people[0] : null;
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

    // Rules (b) and (c): a cue or a colon in the sentence before the opening mark.
    private (string? Speaker, string? Cue, string? Phrase)? Before(QuoteSpan span)
    {
        var open = TokenAtOrAfter(span.Open);
        var first = SentenceStart(open, open, PrefixTokens);

        // "OpenAI-CEO Sam Altman äußerte sich zu der Entscheidung:" then „…“ in a paragraph of its own: a paragraph that
        // ends with a colon introduces the quote that opens the next one.
        if (first == open && open > 0 && tokens[open - 1].Lower == ":")
        {
            first = SentenceStart(open - 1, open, PrefixTokens);
        }

        var colon = open > first && tokens[open - 1].Lower == ":";
        // "Die Universität erklärt, sie wolle dem „…“": where no cue names an entity, the words of the last verb's subject.
        (string Cue, string Phrase)? unnamed = null;
        // The last cue of the sentence before the mark.
        for (var c = open - 1; c >= first; c--)
        {
            if (cues.Cues.MatchAt(text, tokens, c) is not { } cue || c + cue.Tokens > open)
            {
                continue;
            }

            var end = c + cue.Tokens;
            var near = end >= open - 2;
            if (cue.Value == QuoteCues.Verb && !colon && !near)
            {
                // "Merz sagte, das sei „ein starkes Signal“": a partial quote in reported speech is the words of the
                // reporting verb's subject, named before the verb; one named after it may be the subject of the clause.
                if (NamedBefore(first, c, span.Open) is { } subject)
                {
                    return (subject, Written(c, cue.Tokens), null);
                }

                unnamed ??= phrase.Before(ClauseStart(first, c), c) is { } subjectWords ? (Written(c, cue.Tokens), subjectWords) : null;
                continue;
            }

            // "… bezeichnete den Gipfel als das „": the cue names the quote only right before it.
            if (cue.Value == QuoteCues.Naming && end >= open - NamingReach)
            {
                var (namer, namerWords) = Namer(first, c, span.Open);
                return (namer, Written(c, cue.Tokens), namerWords);
            }

            var speaker = cue.Value switch
            {
                // "sagte sie, „…", "a déclaré Sam Altman : «": a name right after the cue first, then the one before it.
                QuoteCues.Verb => NamedAfter(end, Math.Min(open, end + 4), span.Open) ?? NamedBefore(first, c, span.Open) ?? written.After(end),
                _ => Speaker(cue.Value, c, end, first, open, span.Open),
            };
            speaker ??= colon ? Subject(first, open, span.Open) : null;
            var words = speaker is not null ? null : cue.Value switch
            {
                // "Die Polizei bekräftigt: „…“" before "sagte am Montag der Sprecher: „…“".
                QuoteCues.Verb => phrase.Before(ClauseStart(first, c), c) ?? phrase.After(end),
                QuoteCues.SourceBefore => phrase.Before(ClauseStart(first, c), c, oneWord: true),
                QuoteCues.Source => phrase.After(end),
                _ => null,
            };
            return (speaker, Written(c, cue.Tokens), words);
        }

        // "Sam Altman: “…”": a name right before the colon.
        if (colon && MentionEndingAt(tokens[open - 1].Start) is { } named)
        {
            return (named.Name, null, null);
        }

        // "Thaksin begründete seinen Schritt mit den Worten: „…“": a sentence that introduces the quote with a colon
        // and no cue is the quote's frame, and its subject speaks.
        return colon && Subject(first, open, span.Open) is { } frame ? (frame, null, null)
            : unnamed is { } fallback ? (null, fallback.Cue, fallback.Phrase) : null;
    }

    // The subject of the sentence from token `from` to the opening mark: a pronoun among its first words ("Er sagte aus:",
    // "Dabei griff sie … an:"), else the first person it names, else the first organisation.
    private string? Subject(int from, int open, int quoteOpen)
    {
        if (PronounSubject(from, open, quoteOpen) is { } pronounSubject)
        {
            return pronounSubject;
        }

        var named = MentionsIn(tokens[from].Start, tokens[open - 1].End);
        // "Den Unmut der CDU über Stoibers Äußerungen brachte die Sprecherin …, Annette Widmann-Mauz, zum Ausdruck:": a
        // person named in the genitive or after a preposition is what the sentence is about, not who speaks.
        var people = named.Where(m => m.Entity.Type == EntityType.Person).ToList();
        return people.FirstOrDefault(m => !Governed(m), people.FirstOrDefault()).Entity?.Name
            ?? named.FirstOrDefault(m => m.Entity.Type == EntityType.Organisation && !Governed(m)).Entity?.Name;
    }

    // Who names a thing in "X nannte Y einen „…“", "X bezeichnete Y als „…“", "X called Y “…”": the sentence's subject,
    // which opens it, not the name right before the cue, which is what is named ("Die Bundesregierung bezeichnete den
    // ASEM-Gipfel als das „…“" is not ASEM's). A pronoun right before the cue ("bezeichnete er als") or among the sentence's
    // first words stands for its antecedent; where nouns are capitalised, an opening noun phrase that names no entity is
    // kept as the speaker's words.
    private (string? Speaker, string? Words) Namer(int from, int cue, int quoteOpen)
    {
        if (cues.Pronouns.MatchEndingAt(text, tokens, cue - 1) is { } pronoun && cue - pronoun.Tokens >= from)
        {
            return (Antecedent(pronoun.Value, Math.Min(tokens[cue - pronoun.Tokens].Start, quoteOpen)), null);
        }

        if (PronounSubject(from, cue, quoteOpen) is { } pronounSubject)
        {
            return (pronounSubject, null);
        }

        var named = MentionsIn(tokens[from].Start, tokens[cue - 1].End)
            .Where(m => m.Entity.Type is EntityType.Person or EntityType.Organisation && !Governed(m)).ToList();
        // "Die Bundesregierung hatte den Bericht der New York Times als „falsch“ zurückgewiesen": a subject of several words
        // that names no entity outweighs a name further on; a lone word that opens the sentence ("Kritik kommt vom …") does not.
        var opening = phrase.Opening(from, cue);
        if (opening is { } words && (words.End - from > 1 || named.Count == 0))
        {
            var end = tokens[words.End - 1].End;
            return named.FirstOrDefault(m => m.Start < end).Entity is { } subject ? (subject.Name, null) : (null, words.Words);
        }

        return (named.FirstOrDefault().Entity?.Name, null);
    }

    // A mention after a preposition of entities.txt [prepositions] ("gegen Merz", "with Altman"), or in the genitive: its
    // last word is the name's last word plus a genitive ending ("Stoibers", "Altman's").
    private bool Governed((int Start, int End, Entity Entity) mention)
    {
        // "bei Twitter", "in der ARD", "von der Europäischen Union": a preposition, then at most one determiner.
        var first = TokenAtOrAfter(mention.Start);
        var before = first > 1 && entityCues.Determiners.Contains(tokens[first - 1].Lower) ? first - 2 : first - 1;
        if (before >= 0 && entityCues.Prepositions.Contains(tokens[before].Lower))
        {
            return true;
        }

        var surface = text.AsSpan(mention.Start, mention.End - mention.Start);
        var name = mention.Entity.Name.AsSpan();
        var lastWritten = surface[(surface.LastIndexOf(' ') + 1)..];
        var lastName = name[(name.LastIndexOf(' ') + 1)..];
        if (!lastWritten.StartsWith(lastName, StringComparison.Ordinal) || lastWritten.Length == lastName.Length)
        {
            return false;
        }

        var ending = lastWritten[lastName.Length..].ToString();
        return ending is "'s" or "’s" || entityCues.GenitiveEndings.Contains(ending);
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
                return Antecedent(pronoun.Value, Math.Min(tokens[i].Start, quoteOpen));
            }
        }

        return null;
    }

    // The speaker a cue of tokens [cue, after) points to; names before it are read from token `from`, names after it up
    // to token `limit`.
    private string? Speaker(string kind, int cue, int after, int from, int limit, int quoteOpen) => kind switch
    {
        QuoteCues.WithPronoun => Antecedent(Person, quoteOpen),
        QuoteCues.SourceBefore or QuoteCues.Naming => NamedBefore(from, cue, quoteOpen),
        _ => NamedAfter(after, limit, quoteOpen),
    };

    // The entity named in the few tokens from token `from`: a person first; an organisation when a spokesperson speaks
    // for it or when it is named right after the cue ("said Lumora"); a pronoun stands for the last person before the quote.
    private string? NamedAfter(int from, int limit, int quoteOpen)
    {
        if (from >= tokens.Count)
        {
            return null;
        }

        if (cues.Pronouns.MatchAt(text, tokens, from) is { } pronoun)
        {
            return Antecedent(pronoun.Value, quoteOpen);
        }

        var last = from;
        while (last + 1 < tokens.Count && last + 1 < limit && last + 1 - from < Window && !Ends(last))
        {
            // "zitiert die „Computerwoche“ Lynch": a title in marks is read past; other marks end the window.
            if (IsMarkToken(last + 1))
            {
                if (TitleEnd(last + 1) is not { } close || close >= limit)
                {
                    break;
                }

                last = close;
                continue;
            }

            last++;
        }

        var inWindow = MentionsIn(tokens[from].Start, tokens[last].End);
        if (inWindow.Count == 0)
        {
            // "a déclaré une porte-parole de l'entreprise": a spokesperson of an organisation named earlier.
            return HasRole(from, last) ? LastBefore(lastOrganisation, quoteOpen) : null;
        }

        // "a déclaré dimanche à Francfort le président du syndicat, Rüdiger Stamm": a place says nothing.
        var firstMention = inWindow.FirstOrDefault(m => m.Entity.Type != EntityType.Place, inWindow[0]);
        if (firstMention.Entity.Type == EntityType.Person)
        {
            return firstMention.Entity.Name;
        }

        if (HasRole(from, last))
        {
            return firstMention.Entity.Name;
        }

        // "luidt het advies van Lumora", "according to a statement from Lumora": a statement's author speaks.
        if (firstMention.Entity.Type == EntityType.Organisation
            && Enumerable.Range(from, TokenAtOrAfter(firstMention.Start) - from).Any(t => cues.Statements.MatchAt(text, tokens, t) is not null))
        {
            return firstMention.Entity.Name;
        }

        // "le PDG d'OpenAI, Sam Altman": the person after an organisation's title.
        if (inWindow.FirstOrDefault(m => m.Entity.Type == EntityType.Person) is { Entity: { } person })
        {
            return person.Name;
        }

        // "said Lumora", "said the Lumora group": the organisation itself, named right after the cue.
        return TokenAtOrAfter(firstMention.Start) - from <= 1 && firstMention.Entity.Type != EntityType.Place ? firstMention.Entity.Name : null;
    }

    // The entity named between token `from` and the cue at token `cue`: the last one, a spokesperson's organisation,
    // or the last person before the quote for a pronoun right before the cue.
    private string? NamedBefore(int from, int cue, int quoteOpen)
    {
        if (cue > 0 && cue - 1 >= from && cues.Pronouns.MatchEndingAt(text, tokens, cue - 1) is { } pronoun)
        {
            return Antecedent(pronoun.Value, Math.Min(tokens[cue - pronoun.Tokens].Start, quoteOpen));
        }

        var start = from < tokens.Count ? tokens[from].Start : text.Length;
        // "In der ARD zeigte sich der Trainer zufrieden:": a name after a preposition is no subject.
        var inRange = MentionsIn(start, cue < tokens.Count ? tokens[cue].Start : text.Length).Where(m => !Governed(m)).ToList();
        if (inRange.Count == 0)
        {
            // "Ein Sprecher des Unternehmens sagte:": a spokesperson of an organisation named earlier; "Er bezeichnete
            // die Pläne als „Wortbruch“": the sentence's pronoun subject.
            return HasRole(from, cue - 1) ? LastBefore(lastOrganisation, quoteOpen) : PronounSubject(from, cue, quoteOpen);
        }

        if (HasRole(from, cue - 1) && inRange.LastOrDefault(m => m.Entity.Type == EntityType.Organisation) is { Entity: { } organisation })
        {
            return organisation.Name;
        }

        // "Lumora said", "…, Lumora says": the name right before the cue; "Marc Dellaporta, a partner at Northgate who
        // will join Lumora's board, said": with words between, the sentence's subject, its first person or organisation.
        // "Mitch McConnell, R-Ky., said": a place says nothing.
        var last = inRange.LastOrDefault(m => m.Entity.Type != EntityType.Place, inRange[^1]);
        return cue - TokenAtOrAfter(last.End) <= 1
            ? last.Entity.Name
            : inRange.FirstOrDefault(m => m.Entity.Type is EntityType.Person or EntityType.Organisation, last).Entity.Name;
    }

    private bool HasRole(int from, int last)
    {
        for (var i = from; i <= last && i < tokens.Count; i++)
        {
            if (cues.Roles.MatchAt(text, tokens, i) is not null)
            {
                return true;
            }

            // "Lumora-Sprecher", "OpenAI-spokesperson": the role glued to its organisation.
            var dash = tokens[i].Lower.LastIndexOf('-');
            var role = dash > 0 ? tokens[i].Lower[(dash + 1)..] : "";
            if (role.Length > 0 && FigureTokens.Scan(role) is { Count: > 0 } tail && cues.Roles.MatchAt(role, tail, 0) is not null)
            {
                return true;
            }

            // "Unternehmenssprecher", "Konzernsprecherin", "bedrijfswoordvoerder": a role closing a compound.
            if (cues.IsCompanyRole(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // "it said" stands for the last organisation ([pronouns] value organisation), "the company said" for the one the article
    // is about (value company); he, she, il, er stand for a person.
    /// <summary>
    /// The speaker of the quote just before the one being read and where it ended, or null: "« … », a déclaré la société.
    /// « … », a-t-il ajouté": a pronoun right after a quote goes on with that quote's speaker when no one of the pronoun's
    /// kind was named since, rather than with someone named before both.
    /// </summary>
    public (string Speaker, int End)? Previous { get; set; }

    // The [pronouns] kind of he, she, il, er; a verb that carries its subject ("a-t-il ajouté", "dijo") stands for one.
    private const string Person = "person";

    // The [pronouns] kind of "it".
    private const string Organisation = "organisation";

    private const string Company = QuoteCues.Company;

    private string? Antecedent(string kind, int position)
    {
        var last = kind is Organisation or Company ? lastOrganisation : lastPerson;
        if (Previous is { } previous && position >= previous.End && position - previous.End <= QuoteRecognizer.Continuation)
        {
            var i = FirstMentionAtOrAfter(position) - 1;
            i = i >= 0 ? last[i] : -1;
            if (i < 0 || mentions[i].Start < previous.End)
            {
                return previous.Speaker;
            }
        }

        // "…, wollte eine Sprecherin nicht sagen. „…“, sagte sie.": a spokesperson named after the last person is the one a
        // "she" stands for, and speaks for the last organisation.
        if (kind == Person && LastRoleBefore(position) is { } role && position - role <= RoleReach
            && (FirstMentionAtOrAfter(position) - 1 is var m && (m < 0 || last[m] < 0 || mentions[last[m]].End <= role)))
        {
            return LastBefore(lastOrganisation, position) ?? LastBefore(last, position);
        }

        return kind == Company ? FocusBefore(position) : LastBefore(last, position);
    }

    // "the company said": the organisation the article is about, the one it names most often (outside quotes), rather than
    // the last one named before (an investor, a partner, a rival); one named before the position, so that the noun has
    // something to take up.
    private string? FocusBefore(int position)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = new List<string>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (lastOrganisation[i] == i)
            {
                var name = mentions[i].Entity.Name;
                counts[name] = counts.GetValueOrDefault(name) + 1;
                if (mentions[i].End <= position && !before.Contains(name))
                {
                    before.Add(name);
                }
            }
        }

        // On a tie, the one named first.
        return before.Count == 0 ? null : before.MaxBy(n => counts[n]);
    }

    // Where spokesperson words stand in the text (token starts, in order), found once: "eine Sprecherin", "a spokesman".
    private List<int>? roles;

    // How far before a pronoun a spokesperson word still stands for it: the sentence before, about.
    private const int RoleReach = 150;

    private int? LastRoleBefore(int position)
    {
        roles ??= Enumerable.Range(0, tokens.Count).Where(t => HasRole(t, t)).Select(t => tokens[t].Start).ToList();
        var i = roles.BinarySearch(position);
        i = i < 0 ? ~i - 1 : i - 1;
        return i >= 0 ? roles[i] : null;
    }

    // “We beat Musk,” he said, “and …”: "he" is the speaker, not the name he quoted, so mentions inside marks are left out.
    private int[] LastOf(EntityType type, bool[] quoted)
    {
        var last = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            last[i] = mentions[i].Entity.Type == type && !quoted[i] ? i : i > 0 ? last[i - 1] : -1;
        }

        return last;
    }

    // Whether each mention starts inside a quote; both lists are in text order, so one merge pass.
    private bool[] Quoted(IReadOnlyList<QuoteSpan> spans)
    {
        var quoted = new bool[mentions.Count];
        var s = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            while (s < spans.Count && spans[s].End < mentions[i].Start)
            {
                s++;
            }

            quoted[i] = s < spans.Count && spans[s].Open < mentions[i].Start;
        }

        return quoted;
    }

    private string? LastBefore(int[] last, int position)
    {
        var i = FirstMentionAtOrAfter(position) - 1;
        // A mention running over the position (rare: overlapping mentions) is skipped for the one before it.
        for (i = i >= 0 ? last[i] : -1; i >= 0; i = i > 0 ? last[i - 1] : -1)
        {
            if (mentions[i].End <= position)
            {
                return mentions[i].Entity.Name;
            }
        }

        return null;
    }

    private Entity? MentionEndingAt(int position)
    {
        for (var i = FirstMentionAtOrAfter(position) - 1; i >= 0 && i >= FirstMentionAtOrAfter(position) - 4; i--)
        {
            if (mentions[i].End <= position && text.AsSpan(mentions[i].End, position - mentions[i].End).IsWhiteSpace())
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }

    private List<(int Start, int End, Entity Entity)> MentionsIn(int start, int end)
    {
        var found = new List<(int, int, Entity)>();
        for (var i = FirstMentionAtOrAfter(start); i < mentions.Count && mentions[i].Start < end; i++)
        {
            if (mentions[i].End <= end && !quoted[i])
            {
                found.Add(mentions[i]);
            }
        }

        return found;
    }

    private int FirstMentionAtOrAfter(int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // The first token of the sentence token `from` is in, reading back to at most `limit` tokens before token `open`.
    private int SentenceStart(int from, int open, int limit)
    {
        var first = from;
        while (first > 0 && open - first < limit && !Ends(first - 1))
        {
            first--;
        }

        return first;
    }

    private int TokenAtOrAfter(int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // A sentence or paragraph ends at token i, so a name past it belongs elsewhere.
    public bool Ends(int i) =>
        (tokens[i].Lower is "!" or "?" || (tokens[i].Lower == "." && !AfterAbbreviation(i)))
        || (i + 1 < tokens.Count && Breaks(tokens[i].End, tokens[i + 1].Start));

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

    private bool Breaks(int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).ContainsAny('\n', '\r');

    // A name past another quotation mark belongs to another quote.
    // The closing mark of a short title whose pair of marks (found by QuoteMarks) opens at mark token `open`
    // ("„Computerwoche“", "« Le Monde »"), or null.
    private int? TitleEnd(int open)
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

    // How many words a title in marks within an attribution has at most.
    private const int TitleTokens = 4;

    private bool IsMarkToken(int i) =>
        tokens[i].Length == 1 && Marks.Contains(text[tokens[i].Start], StringComparison.Ordinal);

    private string Written(int first, int count) => text[tokens[first].Start..tokens[first + count - 1].End];
}
