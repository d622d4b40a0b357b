using Storyline.Entities;
using Storyline.Figures;
using Storyline.Languages;

namespace Storyline.Quotes;

/// <summary>
/// A language's facts for quotes, read from <c>Resources/&lt;lang&gt;/quotes.txt</c>: attribution cues, pronouns,
/// spokesperson roles and the nouns that introduce quoted names, one <see cref="PhraseTable"/> per [section], entries <c>phrase&lt;TAB&gt;value</c>.
/// A language without the file gets empty tables, so its quotes are found but get no speaker.
/// </summary>
public sealed class QuoteCues
{
    public const string File = "quotes.txt";

    /// <summary>
    /// Verb forms that mark reported speech by themselves, made from a lexicon (German's by <c>scripts/build-subjunctives.sh</c>
    /// from LanguageTool's german-pos-dict, CC BY-SA 4.0); read besides quotes.txt [subjunctive] where a language has it.
    /// </summary>
    public const string SubjunctiveFile = "subjunctive.txt.br";

    /// <summary>[cues] value: the speaker is named after the cue ("said X"), or before it ("X said:").</summary>
    public const string Verb = "verb";

    /// <summary>[cues] value: the cue carries its own pronoun ("a-t-il ajouté", "fügte er hinzu").</summary>
    public const string WithPronoun = "pronoun";

    /// <summary>[cues] value: the source is named after the cue ("according to X", "selon X", "laut X").</summary>
    public const string Source = "source";

    /// <summary>
    /// [reporting] value: a source only when a person is named after it and a comma ("Pour Jeroen Bakhuizen, …", "Per la
    /// giudice X, …"): the word is a common preposition everywhere else.
    /// </summary>
    public const string PersonSource = "source-person";

    /// <summary>[cues] value: the source is named before the cue ("Lumora zufolge").</summary>
    public const string SourceBefore = "source-before";

    /// <summary>
    /// [cues] value: the cue names something in the speaker's words, said by the subject before it ("nannte den Plan
    /// „Wortbruch“", "called it “a disaster”"), so that a quote of one or two words after it is a quote, not a name.
    /// </summary>
    public const string Naming = "naming";

    /// <summary>[pronouns] value of a noun for the company an article is about ("the company", "das Unternehmen").</summary>
    public const string Company = "company";

    /// <summary>[reporting] value: the reported clause follows a conjunction ("said that"), or comes before the verb.</summary>
    public const string ThatClause = "that";

    /// <summary>[reporting] value: the clause may also follow the verb without a conjunction ("said the fund had grown").</summary>
    public const string BareClause = "clause";

    /// <summary>[conjunctions] value: a second clause of the same verb ("and that"), which is a quote of its own.</summary>
    public const string SecondClause = "and";

    public static readonly IReadOnlyList<string> Sections =
        ["cues", "pronouns", "roles", "statements", "names", "reporting", "conjunctions", "openers", "skip", "subjunctive", "negations", "phrase-ends", "said-where", "finite", "pronoun-genders", "after-comma", "infinitive-markers", "embedded-infinitive-markers", "report-openers", "ages", "naming-particles", "naming-verbs", "standing-verbs", "passive-agents", "passive-auxiliaries", "prepositions", "impersonal", "clause-order", "with-words", "object-articles", "separable", "written-in", "modal-reporting", "reflexives", "subordinators", "quoting-verbs", "speech-nouns", "plural-title-endings", "genitive-determiners", "person-nouns", "elided-determiners"];

    private static readonly Dictionary<string, QuoteCues> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    private QuoteCues(
        PhraseTable cues, PhraseTable pronouns, PhraseTable roles, PhraseTable statements, PhraseTable names, PhraseTable phraseEnds, PhraseTable saidWhere, ReportingCues reporting)
    {
        SaidWhere = saidWhere;
        Statements = statements;
        PhraseEnds = phraseEnds;
        Cues = cues;
        Pronouns = pronouns;
        Roles = roles;
        Names = names;
        Reporting = reporting;
    }

    /// <summary>[pronoun-genders]: the gender a person pronoun gives its antecedent ("she" f, "er" m), in lower case.</summary>
    public IReadOnlyDictionary<string, char> PronounGenders { get; private init; } = new Dictionary<string, char>();

    /// <summary>The words of indirect speech: reporting verbs, conjunctions, clause openers, skipped words, subjunctives.</summary>
    public ReportingCues Reporting { get; }

    /// <summary>
    /// Attribution cues → <see cref="Verb"/>, <see cref="WithPronoun"/>, <see cref="Source"/>, <see cref="SourceBefore"/>
    /// or <see cref="Naming"/>.
    /// </summary>
    public PhraseTable Cues { get; }

    /// <summary>
    /// The cue at token <paramref name="at"/> of <see cref="Cues"/>, unless it is one of [after-comma] and no comma comes
    /// right before it: German "so" attributes after one ("„…“, so der Sprecher"), and is an adverb anywhere else ("So
    /// zum Beispiel in „…“").
    /// </summary>
    public (string Value, int Tokens)? CueAt(string text, IReadOnlyList<FigureToken> tokens, int at) =>
        Cues.MatchAt(text, tokens, at) is { } cue && (at > 0 && tokens[at - 1].Lower == "," || AfterComma.MatchAt(text, tokens, at) is not { Tokens: var n } || n < cue.Tokens)
            ? cue
            : null;

    /// <summary>
    /// [ages]: how news names a person by their age ("der 47-Jährige", "the 47-year-old actor", "il 47enne", "la
    /// sexagénaire"): value <c>digits</c> for the end of a word written with digits before it, <c>word</c> for a whole
    /// word. Such a description takes up the last person named, as a person pronoun does (<see cref="IsAge"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Ages { get; private init; } = new Dictionary<string, string>();

    /// <summary>Whether a word names a person by their age (<see cref="Ages"/>): "47-Jährige", "47-year-old", "sexagénaire".</summary>
    public bool IsAge(string word)
    {
        var lower = word.ToLowerInvariant();
        var digits = 0;
        while (digits < lower.Length && char.IsAsciiDigit(lower[digits]))
        {
            digits++;
        }

        return digits > 0
            ? Ages.TryGetValue(lower[digits..], out var ending) && ending == AgeAfterDigits
            : Ages.TryGetValue(lower, out var whole) && whole == AgeWord;
    }

    // [ages] values.
    private const string AgeAfterDigits = "digits";
    private const string AgeWord = "word";

    /// <summary>
    /// [naming-particles]: naming cues that name words only beside a naming verb or a speech verb of their sentence: German "als"
    /// is one in "bezeichnete den Plan als „…“" and "von Kennern als „…“ bezeichnet", and only "as" in "galt als „…“",
    /// "dient als „…“" or "als „…“ bekannt".
    /// </summary>
    public PhraseTable NamingParticles { get; private init; } = new([]);

    /// <summary>
    /// [prepositions]: prepositions besides entities.txt [prepositions] after which a name is where or to whom something was
    /// said, not who said it ("In der ARD zeigt sich der Bundestrainer zufrieden:").
    /// </summary>
    public PhraseTable Prepositions { get; private init; } = new([]);

    /// <summary>
    /// [impersonal]: pronouns for anyone ("man", "on"): a naming cue beside one gives a term its name ("Dies nennt man einen
    /// „Aktiensplit“", "ce qu'on appelle « … »"), nobody's words.
    /// </summary>
    public PhraseTable Impersonal { get; private init; } = new([]);

    /// <summary>[reflexives]: the reflexive pronoun that may stand between a verb and its subject after it ("zeigte sich die Regierung").</summary>
    public PhraseTable Reflexives { get; private init; } = new([]);

    /// <summary>
    /// [quoting-verbs]: verb cues whose subject is who passes the words on and whose object is who said them ("„…“, zitiert
    /// die Zeitung den Minister").
    /// </summary>
    public PhraseTable QuotingVerbs { get; private init; } = new([]);

    /// <summary>
    /// [plural-title-endings]: how a title written with an inflection ending reads as a plural ("Ermittlern" for "der
    /// Ermittler"), which introduces no one name: the title's noun and its ending, ending in one of these.
    /// </summary>
    public IReadOnlyList<string> PluralTitleEndings { get; private init; } = [];

    /// <summary>
    /// [person-nouns]: nouns that describe a person by what they do or are ("lawyer", "militante", "Chef"), beside the
    /// titles of entities.txt: "the lawyer said" takes up the person a lawyer was named as.
    /// </summary>
    public IReadOnlySet<string> PersonNouns { get; private init; } = new HashSet<string>();

    /// <summary>
    /// [elided-determiners]: determiners written against their noun with an apostrophe ("l’avocat", Italian "l'avvocato",
    /// "un'attivista"), in lower case with a straight apostrophe, as tokens are: a description may open with one.
    /// </summary>
    public IReadOnlySet<string> ElidedDeterminers { get; private init; } = new HashSet<string>();

    /// <summary>
    /// Whether a noun (lower case) is one of <see cref="PersonNouns"/> or a compound ending in one ("Firmenchef",
    /// "partijvoorzitter").
    /// </summary>
    public bool IsPersonNoun(string noun) =>
        PersonNouns.Contains(noun) || PersonNouns.Any(p => noun.Length >= p.Length + CompoundHead && noun.EndsWith(p, StringComparison.Ordinal));

    // The shortest first part of a compound: "Firmen" in "Firmenchef".
    private const int CompoundHead = 3;

    /// <summary>[genitive-determiners]: the determiners of a genitive attribute after a noun ("die Kriterien der EU").</summary>
    public IReadOnlySet<string> GenitiveDeterminers { get; private init; } = new HashSet<string>();

    /// <summary>[speech-nouns]: nouns for what someone said or thinks ("Meinung", "Fazit"): after a possessive they frame the owner's words.</summary>
    public PhraseTable SpeechNouns { get; private init; } = new([]);

    /// <summary>
    /// [written-in]: prepositions that say where words stand written ("In dem Antrag heißt es", "Auf dem Transparent war …
    /// zu lesen"): a sentence that opens with one may name the words' source there; one that opens with any other
    /// preposition has its subject after the verb.
    /// </summary>
    public PhraseTable WrittenIn { get; private init; } = new([]);

    /// <summary>
    /// [passive-agents]: the word that brings in who does what a passive verb says ("von" in "von Kennern als „…“
    /// bezeichnet"): there the words after it, not the sentence's subject, name the marked words.
    /// </summary>
    public PhraseTable PassiveAgents { get; private init; } = new([]);

    /// <summary>
    /// [passive-auxiliaries]: the verb forms that make a naming verb passive ("wurden … als „…“ bezeichnet"): with no agent,
    /// the sentence's subject is what is named, and nobody named says the words.
    /// </summary>
    public PhraseTable PassiveAuxiliaries { get; private init; } = new([]);

    /// <summary>Where a full stop ends no sentence in this language ("Dr. Jana Brück", "am 20. Juli").</summary>
    public Text.SentenceStops Stops { get; private init; } = Text.SentenceStops.None;

    /// <summary>[naming-verbs]: verbs beside which a naming particle names words ("als „…“ zurückgewiesen", "sieht … als „…“").</summary>
    public PhraseTable NamingVerbs { get; private init; } = new([]);

    /// <summary>
    /// [standing-verbs]: verbs that say what something counts as ("gilt als", "galt als"): beside one a naming particle
    /// gives a reputation or a category, nobody's words.
    /// </summary>
    public PhraseTable Standing { get; private init; } = new([]);

    /// <summary>
    /// [with-words]: words that, right after a quote or right before it, make it the words of the subject of the verb
    /// that follows ("„…“, mit diesen Worten meldete er sich zurück", "Mit den Worten „…“ kommentierte er").
    /// </summary>
    public PhraseTable WithWords { get; private init; } = new([]);

    /// <summary>[after-comma]: cues that attribute only right after a comma (see <see cref="CueAt"/>).</summary>
    public PhraseTable AfterComma { get; private init; } = new([]);

    /// <summary>Third-person subject pronouns → <c>person</c> (the last person named) or <c>organisation</c> (English "it").</summary>
    public PhraseTable Pronouns { get; }

    /// <summary>Words for someone who speaks for an organisation: the organisation is the speaker.</summary>
    public PhraseTable Roles { get; }

    /// <summary>
    /// Nouns for what an organisation says in writing ("a statement from Lumora", "het advies van Lumora", "einer Mitteilung
    /// von Kestrelwerk"): the organisation named with one is the speaker.
    /// </summary>
    public PhraseTable Statements { get; }

    /// <summary>
    /// Nouns that, right before quotation marks, make the marked words a name or a title, not a quote ("der Film „…“",
    /// "the book “…”"); the last part of a compound counts too ("Fernsehserie" ends in "serie").
    /// </summary>
    public PhraseTable Names { get; }

    /// <summary>
    /// Words that end the phrase naming a speaker who is no entity: prepositions, conjunctions and relative pronouns
    /// ("a spokesman *in* a statement", "der Sprecher *am* Montag", "un porte-parole *lors* d'un point presse").
    /// </summary>
    public PhraseTable PhraseEnds { get; }

    /// <summary>
    /// In a language whose verbs carry their subject (es, it), words that right after a verb cue begin where or to whom it
    /// was said ("dijo *a* la radio", "ha detto *in* aula"): such a cue names no one after it, and its subject is the last
    /// person. Empty where the subject must follow ("sagte am Montag der Minister", "a déclaré à la presse le ministre").
    /// </summary>
    public PhraseTable SaidWhere { get; }

    /// <summary>
    /// Whether a word is a role of <see cref="Roles"/> closing a compound whose head is a noun for the company (a
    /// <see cref="Pronouns"/> entry of value company: "das Unternehmen", "der Konzern"), with or without a linking s:
    /// "Unternehmenssprecher", "Konzernsprecherin", "bedrijfswoordvoerder". "Regierungssprecher" and "Polizeisprecher" speak
    /// for bodies the compound names, not for the company.
    /// </summary>
    public bool IsCompanyRole(string word) => CompanyRoleNoun(word) is not null;

    /// <summary>The noun for the company a compound role opens with ("unternehmen" of "Unternehmenssprecherin"), or null.</summary>
    public string? CompanyRoleNoun(string word)
    {
        foreach (var role in Roles.Phrases)
        {
            if (word.Length > role.Length && word.EndsWith(role, StringComparison.Ordinal))
            {
                var head = word[..^role.Length];
                if (CompanyNouns.Contains(head))
                {
                    return head;
                }

                if (head.EndsWith('s') && CompanyNouns.Contains(head[..^1]))
                {
                    return head[..^1];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is a preposition of entities.txt or of [prepositions] here ("gegen", "in",
    /// "gegenüber"): a name after one is where or to whom something was said, not who said it.
    /// </summary>
    public bool IsPreposition(string text, IReadOnlyList<FigureToken> tokens, int t, EntityCues entityCues) =>
        entityCues.Prepositions.Contains(tokens[t].Lower) || Prepositions.MatchAt(text, tokens, t) is { Tokens: 1 };

    /// <summary>
    /// Whether a word is a noun for the company (the last word of a <see cref="Pronouns"/> entry of value company), in the
    /// genitive too: "einer Mitteilung des Konzerns" is the company's statement.
    /// </summary>
    public bool IsCompanyNoun(string word, IReadOnlySet<string> genitiveEndings) =>
        CompanyNouns.Contains(word) || genitiveEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal) && CompanyNouns.Contains(word[..^e.Length]));

    private HashSet<string> CompanyNouns => companyNouns ??= Pronouns.Phrases
        .Where(p => Pronouns.MatchAt(p, FigureTokens.Scan(p), 0) is { Value: Company })
        .Select(p => p[(p.LastIndexOf(' ') + 1)..])
        .ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? companyNouns;

    /// <summary>The language's cues; cached.</summary>
    public static QuoteCues For(string language) => For(LanguageResources.Embedded, language);

    public static QuoteCues For(LanguageResources resources, string language)
    {
        lock (CacheLock)
        {
            if (resources == LanguageResources.Embedded && Cache.TryGetValue(language, out var cached))
            {
                return cached;
            }
        }

        var lines = resources.ReadLines(language, File);
        var entries = lines is null ? [] : SectionedList.Parse(lines, $"{language}/{File}", Sections);
        PhraseTable Table(string section, string fallback) =>
            new(entries.Where(e => e.Section == section).Select(e => Split(e.Entry, fallback)));
        var subjunctive = new PhraseTable(entries.Where(e => e.Section == "subjunctive").Select(e => Split(e.Entry, ""))
            .Concat((resources.ReadLines(language, SubjunctiveFile) ?? []).Where(l => l.Length > 0).Select(l => (l, ""))));
        var reporting = new ReportingCues(
            Table("reporting", ThatClause), Table("conjunctions", ThatClause), Table("openers", ""), Table("skip", ""), subjunctive,
            Table("negations", ""), Table("finite", ""))
        {
            InfinitiveMarkers = Table("infinitive-markers", ""),
            EmbeddedInfinitiveMarkers = [.. entries.Where(e => e.Section == "embedded-infinitive-markers").Select(e => e.Entry)],
            ReportOpeners = Table("report-openers", ""),
            Subordinators = Table("subordinators", ""),
            ModalReporting = Table("modal-reporting", ""),
            ObjectArticles = Table("object-articles", ""),
            Separable = entries.Where(e => e.Section == "separable").Select(e => Split(e.Entry, ""))
                .GroupBy(e => e.Phrase.ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
            ClauseAfterComma = entries.Any(e => e.Section == "clause-order" && e.Entry == "after-comma"),
        };
        var cues = new QuoteCues(Table("cues", Verb), Table("pronouns", "person"), Table("roles", "role"), Table("statements", "statement"), Table("names", "name"), Table("phrase-ends", ""), Table("said-where", ""), reporting)
        {
            AfterComma = Table("after-comma", ""),
            WithWords = Table("with-words", ""),
            NamingParticles = Table("naming-particles", ""),
            NamingVerbs = Table("naming-verbs", ""),
            Standing = Table("standing-verbs", ""),
            Prepositions = Table("prepositions", ""),
            Impersonal = Table("impersonal", ""),
            Reflexives = Table("reflexives", ""),
            QuotingVerbs = Table("quoting-verbs", ""),
            SpeechNouns = Table("speech-nouns", ""),
            PersonNouns = entries.Where(e => e.Section == "person-nouns").Select(e => e.Entry).ToHashSet(StringComparer.Ordinal),
            ElidedDeterminers = entries.Where(e => e.Section == "elided-determiners").Select(e => e.Entry).ToHashSet(StringComparer.Ordinal),
            GenitiveDeterminers = entries.Where(e => e.Section == "genitive-determiners").Select(e => e.Entry).ToHashSet(StringComparer.Ordinal),
            PluralTitleEndings = [.. entries.Where(e => e.Section == "plural-title-endings").Select(e => e.Entry)],
            WrittenIn = Table("written-in", ""),
            PassiveAgents = Table("passive-agents", ""),
            PassiveAuxiliaries = Table("passive-auxiliaries", ""),
            Stops = resources == LanguageResources.Embedded ? Text.SentenceStops.For(language) : Text.SentenceStops.None,
            Ages = entries.Where(e => e.Section == "ages").Select(e => Split(e.Entry, AgeWord))
                .ToDictionary(e => e.Phrase.ToLowerInvariant(), e => e.Value, StringComparer.Ordinal),
            PronounGenders = entries.Where(e => e.Section == "pronoun-genders").Select(e => Split(e.Entry, ""))
                .Where(e => e.Value is "f" or "m").ToDictionary(e => e.Phrase, e => e.Value[0], StringComparer.Ordinal),
        };
        if (resources == LanguageResources.Embedded)
        {
            lock (CacheLock)
            {
                Cache[language] = cues;
            }
        }

        return cues;
    }

    private static (string Phrase, string Value) Split(string entry, string fallback)
    {
        var tab = entry.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? (entry.Trim(), fallback) : (entry[..tab].Trim(), entry[(tab + 1)..].Trim());
    }
}
