using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// A language's words for indirect speech, from the [reporting], [conjunctions], [openers], [skip], [subjunctive], [negations] and [finite]
/// sections of <c>quotes.txt</c>; a language without them gets empty tables and no indirect quotes (German subjunctive
/// continuations need [subjunctive]).
/// </summary>
/// <param name="Verbs">Reporting verbs and source phrases → <see cref="QuoteCues.ThatClause"/>, <see cref="QuoteCues.BareClause"/> or <see cref="QuoteCues.Source"/>.</param>
/// <param name="Conjunctions">Conjunctions that open a reported clause → <see cref="QuoteCues.ThatClause"/> or <see cref="QuoteCues.SecondClause"/>.</param>
/// <param name="Openers">Words that may open a reported clause without a conjunction.</param>
/// <param name="Skip">Words between a verb and its clause that belong to neither ("mardi", "on Tuesday").</param>
/// <param name="Subjunctive">Verb forms that mark reported speech by themselves (German Konjunktiv I: "sei", "habe").</param>
/// <param name="Negations">Words that, right before a verb, make it a refusal ("wollte Lumora nicht sagen").</param>
/// <param name="Finite">Auxiliaries and modals that make the words before them a clause's subject ("said flights would …").</param>
public sealed record ReportingCues(
    PhraseTable Verbs, PhraseTable Conjunctions, PhraseTable Openers, PhraseTable Skip, PhraseTable Subjunctive, PhraseTable Negations, PhraseTable Finite)
{
    /// <summary>
    /// [infinitive-markers]: the word right before the last one of an infinitive clause (German "zu", Dutch "te"), which
    /// makes the words after a reporting verb and a comma its clause whatever word opens them ("gab an, lediglich einen
    /// Liter getrunken zu haben").
    /// </summary>
    public PhraseTable InfinitiveMarkers { get; init; } = new([]);

    /// <summary>
    /// [embedded-infinitive-markers]: the same marker written inside the infinitive after a separable prefix ("Revision
    /// einzulegen", "schriftlich festzuhalten").
    /// </summary>
    public IReadOnlyList<string> EmbeddedInfinitiveMarkers { get; init; } = [];

    /// <summary>
    /// [report-openers]: words that open a sentence which says who told the sentence before it ("Das teilte die Polizei
    /// mit.", "Dat heeft de bond bekendgemaakt.", "Así lo anunció la directora."): that sentence is then reported speech.
    /// </summary>
    public PhraseTable ReportOpeners { get; init; } = new([]);

    /// <summary>
    /// [subordinators]: conjunctions that open a subordinate clause; where the verb comes second, one that opens the sentence
    /// fills the place before the main verb, whose subject then follows it ("Warum die Universität …, erklärte die
    /// Universität so:"). Those of value <see cref="Report"/> ("dass", "ob") open what a verb reports; the others a reason
    /// or a time ("Da die Brauer …, warnte der Verband").
    /// </summary>
    public PhraseTable Subordinators { get; init; } = new([]);

    /// <summary>[subordinators] value: a conjunction that opens what a verb reports ("dass", "ob").</summary>
    public const string Report = "report";

    /// <summary>[report-openers] value of a modal opener ("das musste"), whose reporting verb closes the sentence.</summary>
    public const string ModalOpener = "modal";

    /// <summary>
    /// [modal-reporting]: reporting verbs as they close a sentence after a modal opener ("Das musste der Minister
    /// einräumen.").
    /// </summary>
    public PhraseTable ModalReporting { get; init; } = new([]);

    /// <summary>
    /// Whether token <paramref name="last"/>, a sentence's last word, is a [modal-reporting] verb with no negation right
    /// before it ("Das wollte der Sprecher nicht bestätigen." reports nothing).
    /// </summary>
    public bool ClosesModalReport(string text, IReadOnlyList<FigureToken> tokens, int last) =>
        ModalReporting.MatchAt(text, tokens, last) is { Tokens: 1 } && (last == 0 || Negations.MatchAt(text, tokens, last - 1) is null);

    /// <summary>
    /// [object-articles]: articles that, right after a reporting verb and no preposition, open its direct object; where
    /// the language names whom a thing is told with a preposition ("a indiqué à l'AFP que"), a conjunction after such an
    /// object opens a relative clause, nobody's words ("confirme l'attrait qu'a Paris", "a démenti la rumeur qui").
    /// </summary>
    public PhraseTable ObjectArticles { get; init; } = new([]);

    /// <summary>
    /// [separable]: reporting verbs whose finite form and last part stand apart, the last part closing the sentence ("nahm
    /// … zu der Frage Stellung.", "gab am Montag … bekannt."): finite form → the parts that close it. Such a sentence says
    /// who speaks in the subjunctive sentence after it, as one with a reporting verb and no clause does.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> Separable { get; init; } = new Dictionary<string, HashSet<string>>();

    /// <summary>The finite form of a [separable] verb among tokens [first, last) whose last part is token last, or null.</summary>
    public int? SeparableVerb(IReadOnlyList<FigureToken> tokens, int first, int last)
    {
        for (var c = Math.Max(0, first); c < last; c++)
        {
            if (Separable.TryGetValue(tokens[c].Lower, out var parts) && parts.Contains(tokens[last].Lower))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a reported clause without a conjunction always follows a comma ("sagte, er werde …"; [clause-order] of
    /// quotes.txt: "after-comma"): where it does, a pronoun right after the verb is the verb's own subject turned round
    /// ("meldete er sich zurück"), not the opening of a clause as in English ("said he will").
    /// </summary>
    public bool ClauseAfterComma { get; init; }
}
