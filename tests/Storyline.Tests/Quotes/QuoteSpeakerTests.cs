using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>Who said a quote: cues after and before the marks, pronouns, sources, spokespeople, and null when the text does not say.</summary>
public sealed class QuoteSpeakerTests
{
    [Theory]
    [InlineData("en", "“We will double our investment in Europe,” said Sam Altman on Tuesday.", "said")]
    [InlineData("fr", "« Nous allons doubler nos investissements en Europe », a déclaré Sam Altman mardi.", "a déclaré")]
    [InlineData("de", "„Wir werden unsere Investitionen in Europa verdoppeln“, sagte Sam Altman am Dienstag.", "sagte")]
    [InlineData("de", "„Wir werden unsere Investitionen in Europa verdoppeln“, so Sam Altman.", "so")]
    [InlineData("en", "“We will double our investment in Europe,” Sam Altman told reporters.", "told")]
    public void ACueAfterTheClosingMarkNamesTheSpeaker(string language, string text, string cue)
    {
        var quote = Only(text, language, Person("Sam Altman"));
        Assert.Equal("Sam Altman", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("de", "„Wir wachsen“, sagte Sam Altman am Montag in Lyon.", "Wir wachsen")]
    [InlineData("en", "“We grow,” said Sam Altman on Monday in Lyon.", "We grow,")]
    public void AWordOrTwoWithTheirAttributionRightAfterAreAQuote(string language, string text, string words)
    {
        var quote = Only(text, language, Person("Sam Altman"));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(words, quote.Text);
        Assert.Equal("Sam Altman", quote.Speaker);
    }

    // Where something was written or said, after a preposition, is no speaker; a preposition that is part of the cue
    // ("heißt es in") still names one.
    [Theory]
    [InlineData("Regierungssprecherin Henrike Maurer schrieb bei Kwikpost: „Das sind furchtbare Nachrichten.“", "Henrike Maurer")]
    [InlineData("„Wir fordern eine Untersuchung“, heißt es in dem Kwikpost-Schreiben an die Behörden.", "Kwikpost")]
    public void AnOrganisationAfterAPrepositionOfItsOwnDoesNotSpeak(string text, string speaker)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"), Organisation("Kwikpost"));
        Assert.Equal(speaker, quote.Speaker);
    }

    // A name in brackets is an aside to the name before it; a person named between two commas, after words that describe
    // them, is the subject those words began.
    [Theory]
    [InlineData("Martin Kessler, Präsident des Deutschen Schachbunds (DSB) sagte: „Das ist sehr vernünftig.“", "Martin Kessler")]
    [InlineData("Ministerin Henrike Maurer (CDU) wies das zurück, die Sprecherin der Fraktion, Sandra Boser (GRÜNE), erklärte: „Das ist falsch.“", "Sandra Boser")]
    public void ANameInBracketsDoesNotSpeakAndAnApposedPersonDoes(string text, string speaker)
    {
        var quote = Only(text, "de", Person("Martin Kessler"), Organisation("DSB"), Person("Henrike Maurer"), Organisation("CDU"), Person("Sandra Boser"), Organisation("GRÜNE"));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void AQuestionIsCreditedToWhoAsksIt()
    {
        const string text = "Die Behörde steht unter Druck. „Wozu gibt es sie, wenn sie nichts entscheiden kann?“ fragt sich Henrike Maurer.";
        Assert.Equal("Henrike Maurer", Only(text, "de", Person("Henrike Maurer")).Speaker);
    }

    // German reported speech goes on in the subjunctive: a quote in such a sentence, which names nobody outside its marks,
    // is the words of the subject of the sentence before, when that one reports speech.
    [Fact]
    public void AQuoteInASubjunctiveSentenceIsTheSpeakerBefore()
    {
        const string text = "Ministerin Henrike Maurer sprach sich gegen neue Auflagen aus. Zwar sei Druck nötig, das habe aber nichts mit „Strafen oder Verboten“ zu tun.";
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Equal("Henrike Maurer", quote.SpeakerSpan!.Value.In(text));
    }

    // Also after a sentence whose reporting verb has no clause of its own: it names who speaks on.
    [Theory]
    [InlineData("Ministerin Henrike Maurer äußerte sich am Montag in Lahr. Jeder Betrieb könne „jederzeit Auskunft verlangen“, und zwar kostenlos.")]
    [InlineData("Ministerin Henrike Maurer äußerte sich am Montag in Lahr zu dem Streit. Die Lage sei „äußerst ernst“, man werde handeln.")]
    // A separable reporting verb whose last part closes the sentence.
    [InlineData("Im Landtag nahm auch die Ministerin des Landes, Henrike Maurer, zu der Frage Stellung. Jeder Betrieb könne „das Konto jetzt einlösen“.")]
    [InlineData("Ministerin Henrike Maurer gab am Montag in Lahr die Pläne bekannt. Jeder Betrieb könne „jederzeit Auskunft verlangen“.")]
    public void AQuoteInASubjunctiveSentenceAfterAReportingVerbWithNoClauseIsItsSpeakers(string text)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    // A separable reporting verb whose last part stands before a comma reports the clause after it, one in the
    // subjunctive, opened by a conjunction or an infinitive clause: words in marks there are its subject's, not the
    // sentence's opening words.
    [Theory]
    [InlineData("Am Dienstag teilte Ministerin Henrike Maurer mit, man werde den Vorschlag „sorgfältig prüfen“.", "Henrike Maurer", null)]
    [InlineData("Zur Lage der Finanzen führt das Ministerium aus, rund 40 Prozent der Mittel seien „bereits verplant“ gewesen.", null, "das Ministerium")]
    [InlineData("Am Dienstag teilte die Stadtverwaltung mit, dass sie den Vorschlag „sorgfältig prüfen“ werde.", null, "die Stadtverwaltung")]
    [InlineData("Zugleich kündigte Ministerin Henrike Maurer an, sich „mit allen Mitteln“ vor Gericht zu verteidigen.", "Henrike Maurer", null)]
    public void ASeparableVerbBeforeACommaReportsTheClauseAfterIt(string text, string? speaker, string? words)
    {
        var quotes = QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Person("Henrike Maurer")));
        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        var marked = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal((speaker, words), (reported.Speaker, reported.SpeakerText));
        Assert.Equal((speaker, words), (marked.Speaker, marked.SpeakerText));
    }

    [Fact]
    public void ASeparableVerbBeforeACommaAndNoReportedClauseReportsNothing()
    {
        const string text = "Am Dienstag gab die Stadt den Termin bekannt, der Markt öffnet „wie immer“ um acht.";
        Assert.DoesNotContain(QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", []), q => q.Kind == QuoteKind.Indirect);
    }

    // A passive naming verb with no agent: what the sentence opens with is what is named, and nobody named speaks; "von"
    // before the auxiliary is "of", not the agent.
    [Theory]
    [InlineData("Die Einsätze der Polizei Lahr wurden am Wochenende als „unverhältnismäßig“ bezeichnet.")]
    [InlineData("In einem Bericht von Radio Kaltenbach werden die Vorkehrungen der Polizei Lahr als „extrem“ bezeichnet.")]
    public void APassiveNamingWithNoAgentNamesNoSpeaker(string text)
    {
        var quote = Only(text, "de", Organisation("Polizei Lahr"), Organisation("Radio Kaltenbach"));
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerText);
    }

    // A publication's name in marks after a noun for it is a name that may speak; a study's title in marks says nothing.
    [Theory]
    [InlineData("Selbst die Wochenzeitschrift „Grüner Anker“ hatte im September kritisiert, dass die Partei „zu nachsichtig“ sei.", "Grüner Anker")]
    [InlineData("Die Forscher verweisen auf die Studie „Grüner Anker“, die im September kritisierte, dass die Partei „zu nachsichtig“ sei.", null)]
    public void APublicationNamedInMarksSpeaks(string text, string? speaker)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Organisation("Grüner Anker"))));
        Assert.Equal(speaker, quote.Speaker);
    }

    // A sentence that opens with a preposition has its subject after the verb; one that says where words stand written
    // ("In dem Antrag heißt es") names their source there. A source in brackets notes where a sentence was read.
    [Theory]
    [InlineData("Zur Frage der Gefahr herrschte die Meinung vor, dass Cannabis „nicht wirklich schadet“.", null)]
    [InlineData("In dem Antrag heißt es wörtlich: „Die Aufhebung wäre ein Beitrag zum Frieden.“", "In dem Antrag")]
    [InlineData("Die Länder erwarten Mehrkosten, die durch einen „erheblichen Nachrüstungsbedarf“ entstünden (Zitate aus der Klageschrift laut Kwikpost).", "Die Länder")]
    public void APrepositionOpensNoSpeakerUnlessItSaysWhereWordsAreWritten(string text, string? words)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Organisation("Kwikpost"))), q => q.Kind == QuoteKind.Direct);
        Assert.Null(quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    // Where words stand written ("heißt es", "steht", "war … zu lesen"), the place after "in" or "auf" is the source of
    // the quote a colon introduces; not a name inside it, not the sentence's subject.
    [Theory]
    [InlineData("Derzeit steht deshalb in dem Gesetzentwurf für ein neues Passgesetz noch der Passus: „Die Daten sind zu löschen.“", "in dem Gesetzentwurf für ein neues Passgesetz")]
    [InlineData("Auf dem Fronttransparent war die Parole zu lesen: „Autonome in Bewegung.“", "Auf dem Fronttransparent")]
    [InlineData("In dem Brief an Ministerin Henrike Maurer heißt es: „Wir sind enttäuscht.“", "In dem Brief")]
    // A preposition with its article in one word, then an adjective.
    [InlineData("Im letzten Absatz des Bescheids, der am Montag zugestellt wurde, heißt es: „Die Frist ist nicht verlängerbar.“", "Im letzten Absatz des Bescheids")]
    public void WhereWordsStandWrittenIsTheirSource(string text, string words)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Null(quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    [Theory]
    [InlineData("Ministerin Henrike Maurer reiste nach Lahr. Zwar sei Druck nötig, das habe aber nichts mit „Strafen oder Verboten“ zu tun.")]
    // A separable verb that reports nothing ("nahm … teil").
    [InlineData("Ministerin Henrike Maurer nahm am Montag in Lahr an der Sitzung teil. Zwar sei Druck nötig, das habe aber nichts mit „Strafen oder Verboten“ zu tun.")]
    [InlineData("Ministerin Henrike Maurer sprach sich gegen Auflagen aus. Der Verband Kwikpost sei dagegen für „Strafen oder Verbote“ gewesen.")]
    public void ASubjunctiveSentenceAfterNoSpeechOrNamingItsOwnSubjectTakesNoSpeakerBefore(string text)
    {
        Assert.NotEqual("Henrike Maurer", Only(text, "de", Person("Henrike Maurer"), Organisation("Kwikpost")).Speaker);
    }

    // "Das sagte X" after a quote says who said it: the quote is X's, and the sentence is no reported speech of its own.
    [Theory]
    [InlineData("„Ja, es gibt Zumutungen.“ Das sagte Finanzministerin Henrike Maurer am Montag in Lahr.")]
    [InlineData("„Ja, es gibt Zumutungen.“ Dies erklärte Finanzministerin Henrike Maurer am Montag.")]
    // The sentence's full stop outside the marks.
    [InlineData("„Ja, es gibt Zumutungen“. Dies erklärte die Finanzministerin des Landes, Henrike Maurer, am Montag.")]
    public void AReportOpenerAfterAQuoteNamesItsSpeaker(string text)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer")));
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    // After a modal ("Das musste …"), the reporting verb closes the sentence; without one, or refused, it names nobody.
    [Theory]
    [InlineData("„Wir haben zu spät gehandelt.“ Das musste Verkehrsministerin Henrike Maurer am Montag einräumen.", "Henrike Maurer", "einräumen")]
    [InlineData("„Wir sind pleite.“ Das musste Henrike Maurer schon lange wissen.", null, null)]
    [InlineData("„Wir sind pleite.“ Das wollte Henrike Maurer am Montag nicht bestätigen.", null, null)]
    public void AModalReportOpenerNamesTheSpeakerWhenAReportingVerbClosesItsSentence(string text, string? speaker, string? cue)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer"))));
        Assert.Equal((speaker, cue), (quote.Speaker, quote.Cue));
    }

    [Theory]
    [InlineData("Die Bahn stellt den Verkehr auf der Strecke ein. Das musste ein Sprecher am Montag einräumen.", true)]
    [InlineData("Die Bahn stellt den Verkehr auf der Strecke ein. Das wollte ein Sprecher am Montag nicht bestätigen.", false)]
    public void AModalReportOpenerMakesTheSentenceBeforeReportedSpeech(string text, bool reported)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", []);
        Assert.Equal(reported, quotes.Any(q => q.Kind == QuoteKind.Indirect && q.SpeakerText == "ein Sprecher" && q.Text.StartsWith("Die Bahn", StringComparison.Ordinal)));
    }

    // "With these words" after the quote or before it: the quote is the words of the subject of the verb that follows,
    // after the verb where it comes second, before it elsewhere.
    [Theory]
    [InlineData("de", "„Das ist ein guter Tag für Lahr“, mit diesen Worten begrüßte Bürgermeisterin Henrike Maurer die Einigung.")]
    [InlineData("de", "„Das ist ein guter Tag für Lahr.“ Mit diesen Worten begrüßte Henrike Maurer die Einigung.")]
    [InlineData("de", "Henrike Maurer hatte die Einigung lange verteidigt. Mit den Worten „Das ist ein guter Tag für Lahr“ begrüßte sie das Ergebnis am Montag.")]
    [InlineData("en", "“This is a good day for Lahr.” With these words, Henrike Maurer welcomed the agreement on Monday.")]
    [InlineData("fr", "« C’est une bonne journée pour Lahr. » Par ces mots, Henrike Maurer a salué l’accord lundi.")]
    [InlineData("nl", "“Dit is een goede dag voor Lahr”, met deze woorden verwelkomde Henrike Maurer het akkoord.")]
    public void WithTheseWordsNamesTheSpeakerOfTheVerbThatFollows(string language, string text) =>
        Assert.Equal("Henrike Maurer", Only(text, language, Person("Henrike Maurer")).Speaker);

    [Fact]
    public void AReportOpenerAfterAnAttributedQuoteLeavesItsSpeaker()
    {
        const string text = "Weiter sagte Henrike Maurer: „Wir legen alles offen.“ Dies sagte der Präsident des Vereins Kwikpost an die Mitglieder gerichtet.";
        var quote = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer"), Organisation("Kwikpost"))).First(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    [Fact]
    public void ATitleInsideTheSentenceBeforeTheAttributionIsNoQuote()
    {
        var quote = Only("Der Plan heißt „Zukunft 2030“, sagte Sam Altman am Montag.", "de", Person("Sam Altman"));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    // Where a language drops subjects, a cue opening its sentence (after an adverb of time at most) is the person before's.
    [Theory]
    [InlineData("it", "Henrike Maurer ha parlato ieri a Bergamo. Poi ha aggiunto: «Chi sbaglia paga.»", "Henrike Maurer")]
    [InlineData("es", "Henrike Maurer habló ayer desde Bérgamo. Luego añadió: «Quien la hace, la paga.»", "Henrike Maurer")]
    // English does not: a fragment with no subject is no one's.
    [InlineData("en", "Henrike Maurer spoke in Bergamo on Monday. Then added: “Whoever does wrong pays.”", null)]
    public void ACueWithItsSubjectDroppedIsThePersonBefore(string language, string text, string? speaker) =>
        Assert.Equal(speaker, Only(text, language, Person("Henrike Maurer")).Speaker);

    // A spokesperson named after a comma that closes the sentence speaks as that person, not for the organisation.
    [Theory]
    [InlineData("es", "«Es un cheque en blanco», resumió la portavoz del sindicato Marea Azul, Henrike Maurer.")]
    [InlineData("en", "“It is a blank cheque,” said a spokeswoman for the Harbour Pilots Union, Henrike Maurer.")]
    [InlineData("de", "„Das ist ein Blankoscheck“, sagte die Sprecherin der Gewerkschaft Marea, Henrike Maurer.")]
    public void ANamedSpokespersonSpeaksAsThePerson(string language, string text)
    {
        var quote = Only(text, language, Person("Henrike Maurer"), Organisation("Marea"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    [Theory]
    [InlineData("„Die Schule ist angekommen und hat sich etabliert.“ erklärte Ministerin Henrike Maurer.", "erklärte")]
    [InlineData("„Wir sind unwillkommene Zeugen“, zitierte man Henrike Maurer vom Sender.", "zitierte")]
    public void ACueInLowerCaseRightAfterTheMarksAttributesTheQuote(string text, string cue)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("de", "Um Schüler zu gewinnen, will Ministerin Henrike Maurer die Lehrpläne straffen. „Nicht jede Formel ist für das Leben notwendig.“ Jeder Schüler soll um 16 Uhr frei haben.")]
    [InlineData("en", "Henrike Maurer walked through the flooded streets of Lahr on Monday. “We will rebuild every house.” Rain is expected again.")]
    [InlineData("fr", "Henrike Maurer a visité les rues inondées de Lahr lundi. « Nous reconstruirons chaque maison. »\n\nLa pluie doit revenir.")]
    public void AQuoteStandingAloneAfterASentenceAboutOnePersonIsTheirs(string language, string text)
    {
        var quote = Only(text, language, Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Theory]
    [InlineData("Henrike Maurer traf Jonas Weber in Lahr. „Wir reden weiter.“ Das Treffen dauerte eine Stunde.")]
    [InlineData("Henrike Maurer kam nach Lahr. Die Stadt plant einen Neubau. „Wir reden weiter.“ Das Treffen dauerte eine Stunde.")]
    [InlineData("Henrike Maurer kam nach Lahr. „Wir reden weiter“ stand auf dem Plakat am Rathaus.")]
    public void AQuoteAfterSeveralPeopleOrNotASentenceOfItsOwnStaysUnattributed(string text) =>
        Assert.Null(Only(text, "de", Person("Henrike Maurer"), Person("Jonas Weber")).Speaker);

    // Speech verbs in their other persons and tenses: plural, simple past, and the verbs of answering, confirming and
    // making known.
    [Theory]
    [InlineData("it", "Jonas Weber era a Milano. «Non chiuderemo nessuna linea», ha fatto sapere ieri sera Henrike Maurer.")]
    [InlineData("it", "Jonas Weber era a Milano. Henrike Maurer dichiarò: «Non chiuderemo nessuna linea».")]
    [InlineData("es", "Jonas Weber estaba en Madrid. «No cerraremos ninguna línea», respondió el lunes por la tarde Henrike Maurer.")]
    [InlineData("es", "Jonas Weber estaba en Madrid. Henrike Maurer ha confirmado: «No cerraremos ninguna línea».")]
    [InlineData("nl", "Jonas Weber was in Utrecht. ‘We sluiten geen enkele lijn’, bevestigde maandagavond Henrike Maurer.")]
    [InlineData("nl", "Jonas Weber was in Utrecht. Henrike Maurer bevestigde: ‘We sluiten geen enkele lijn.’")]
    [InlineData("en", "“We will close no line,” Henrike Maurer reiterated.")]
    public void ASpeechVerbInAnyTenseNamesTheSpeaker(string language, string text) =>
        Assert.Equal("Henrike Maurer", Only(text, language, Person("Henrike Maurer"), Person("Jonas Weber")).Speaker);

    // The cue a reader is shown is the whole verb phrase, not its auxiliary.
    [Theory]
    [InlineData("it", "«Non chiuderemo nessuna linea», ha fatto sapere ieri sera Henrike Maurer.", "ha fatto sapere")]
    [InlineData("nl", "Henrike Maurer deelde mee: ‘We sluiten geen enkele lijn.’", "deelde mee")]
    public void TheCueIsTheWholeVerbPhrase(string language, string text, string cue) =>
        Assert.Equal(cue, Only(text, language, Person("Henrike Maurer")).Cue);

    [Theory]
    [InlineData("de", "Henrike Maurer kam am Montag nach Lahr. „Es ist ausschließlich dieser private Grund“, teilte sie mit.")]
    [InlineData("de", "Henrike Maurer kritisierte die Pläne. Sie bezeichnete sie als „Wortbruch“.")]
    public void APronounSubjectStandsForTheLastPerson(string language, string text) =>
        Assert.Equal("Henrike Maurer", Only(text, language, Person("Henrike Maurer")).Speaker);

    [Theory]
    [InlineData("en", "Ham made it clear he had misgivings about the forces under President Barack Obama. “It was demoralizing,” he told the host.", "Norman Ham")]
    [InlineData("en", "According to Ham, the administration shuffled leaders because many disagreed with Obama’s policies. “We are on our fourth secretary,” he said.", "Norman Ham")]
    [InlineData("de", "Ham machte deutlich, dass er Zweifel an der Armee unter Präsident Barack Obama hatte. „Es war demoralisierend“, sagte er.", "Norman Ham")]
    public void APronounTakesUpTheSubjectOfTheLastSentenceNotTheLastNameInIt(string language, string text, string speaker)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Norman Ham", "Ham"), Person("Barack Obama", "Obama")));
        Assert.Equal(speaker, Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker);
    }

    // The sentence between names one person only, after a preposition and a title; its subject is the pronoun, which
    // goes on with the person named a sentence further back.
    [Theory]
    [InlineData("nl", "Norman Ham had eerder al aan de bel getrokken. In november kreeg hij van oprichter Barack Obama nog de garantie dat het bedrijf gezond was. ‘Die garantie was dus niets waard’, zei hij.")]
    [InlineData("en", "Norman Ham had raised the alarm before. In November he got a guarantee from founder Barack Obama that the company was sound. “That guarantee was worth nothing,” he said.")]
    public void APronounWhoseSentenceNamesOnlyAGovernedPersonGoesOnWithThePronounsAntecedent(string language, string text)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Norman Ham"), Person("Barack Obama")));
        Assert.Equal("Norman Ham", Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker);
    }

    [Theory]
    [InlineData("en", "Donald Trump spoke after Hillary Clinton in Ohio. “We will win this state,” she said.", "Hillary Clinton")]
    [InlineData("de", "Manfred Berg traf Petra Hinz in Essen. „Wir werden gewinnen“, sagte sie.", "Petra Hinz")]
    [InlineData("fr", "Pierre Dupont a reçu Claire Martin à Lyon. « Nous gagnerons », a-t-elle dit, « et vite. »", "Claire Martin")]
    public void APronounTakesUpOnlyAPersonWhoseFirstNameFitsIt(string language, string text, string speaker)
    {
        var names = new[] { Person("Donald Trump"), Person("Hillary Clinton"), Person("Manfred Berg"), Person("Petra Hinz"), Person("Pierre Dupont"), Person("Claire Martin") }
            .Where(p => text.Contains(p.Item1, StringComparison.Ordinal)).ToArray();
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, names));
        Assert.All(quotes, q => Assert.Equal(speaker, q.Speaker));
    }

    [Fact]
    public void WhomAQuoteWasToldToDoesNotSpeakIt() =>
        Assert.Equal("Robby Mook", Only("Mook told CBS, “We are really focused on this opportunity.”", "en", Person("Robby Mook", "Mook"), Organisation("CBS")).Speaker);

    // Also two sentences on, where no one else was named since.
    [Theory]
    [InlineData("Henrike Maurer leitet Feldberg seit 2019. Wie viele Räder betroffen sind, wollte eine Sprecherin nicht sagen. „Wir bitten alle Kunden, die Akkus nicht mehr zu laden“, sagte sie.")]
    [InlineData("Henrike Maurer leitet Feldberg seit 2019. Eine Feldberg-Sprecherin erklärte, die Räder seien am Dienstagabend aus allen 380 Filialen genommen worden. Kunden erhielten den Kaufpreis auch ohne Kassenbon zurück. „Die Gesundheit unserer Kunden geht vor“, sagte sie.")]
    public void APronounAfterASpokespersonStandsForTheOrganisation(string text)
    {
        var named = Of(text, Person("Henrike Maurer"), Organisation("Feldberg"));
        var quote = QuoteRecognizer.Default.Recognize(text, "de", named).Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Feldberg", quote.Speaker);
    }

    // The role is the person's own when it stands in apposition to them: "she" is still the person named.
    [Fact]
    public void APronounAfterAPersonWithHerRoleStandsForThePerson()
    {
        var text = "“Not one more litre for industry,” said Henrike Maurer, spokeswoman for the citizens’ group Klarwasser. The group would challenge the decision in court, she said.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "en", Of(text, Person("Henrike Maurer"), Organisation("Klarwasser")));
        Assert.Equal(["Henrike Maurer", "Henrike Maurer"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void TwoQuotesTwoSpeakers()
    {
        var text = "« Nous sommes prêts à discuter », a déclaré Sam Altman. « Mais pas à n’importe quel prix », a ajouté Claire Martin.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "fr", Of(text, Person("Sam Altman"), Person("Claire Martin")));
        Assert.Equal(["Sam Altman", "Claire Martin"], quotes.Select(q => q.Speaker));
        Assert.Equal(["a déclaré", "a ajouté"], quotes.Select(q => q.Cue));
    }

    [Theory]
    [InlineData("en", "Sam Altman said “we will double our investment in Europe” on Tuesday.")]
    [InlineData("de", "»Wir werden unsere Investitionen in Europa verdoppeln«, sagte Sam Altman.")]
    [InlineData("fr", "«\u00a0Nous allons doubler nos investissements en Europe\u00a0», a déclaré Sam Altman.")]
    [InlineData("en", "\"We're going to double our investment,\" said Sam Altman, who founded OpenAI.")]
    public void MoreWaysOfNamingTheSpeaker(string language, string text)
    {
        Assert.Equal("Sam Altman", Only(text, language, Person("Sam Altman"), Organisation("OpenAI")).Speaker);
    }

    [Theory]
    [InlineData("es", "«Vamos a duplicar nuestra inversión en Europa», dijo Sam Altman.", "dijo")]
    [InlineData("it", "«Raddoppieremo i nostri investimenti in Europa», ha detto Sam Altman.", "ha detto")]
    [InlineData("nl", "‘We gaan onze investeringen in Europa verdubbelen’, aldus Sam Altman.", "aldus")]
    [InlineData("nl", "Volgens Sam Altman „gaan we onze investeringen verdubbelen”.", "Volgens")]
    public void OtherLanguages(string language, string text, string cue)
    {
        var quote = Only(text, language, Person("Sam Altman"));
        Assert.Equal("Sam Altman", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void TheTitleBeforeANameIsNotTheSpeaker()
    {
        var text = "« Nous n’avons pas l’intention de vendre », a déclaré le PDG d’OpenAI, Sam Altman, lors d’une conférence.";
        Assert.Equal("Sam Altman", Only(text, "fr", Person("Sam Altman"), Organisation("OpenAI")).Speaker);
    }

    [Theory]
    [InlineData("fr", "Claire Martin dirige Lumora depuis 2019. « Nous ne licencierons personne cette année », a-t-elle ajouté.", "a-t-elle ajouté")]
    [InlineData("fr", "Claire Martin dirige Lumora depuis 2019. « Nous ne licencierons personne cette année », explique-t-elle.", "explique-t-elle")]
    [InlineData("de", "Claire Martin leitet Lumora seit 2019. „Wir werden in diesem Jahr niemanden entlassen“, sagte sie.", "sagte")]
    [InlineData("de", "Claire Martin leitet Lumora seit 2019. „Wir werden in diesem Jahr niemanden entlassen“, fügte sie hinzu.", "fügte sie hinzu")]
    [InlineData("en", "Claire Martin has run Lumora since 2019. “We will not lay anyone off this year,” she said.", "said")]
    public void APronounStandsForTheLastPersonBeforeTheQuote(string language, string text, string cue)
    {
        var quote = Only(text, language, Person("Claire Martin"), Organisation("Lumora"));
        Assert.Equal("Claire Martin", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("en", "Claire Martin met the press. “We beat Sam Altman to it,” she said, “and we will do it again next year.”")]
    [InlineData("fr", "Claire Martin a reçu la presse. « Nous avons battu Sam Altman », a-t-elle dit, « et nous recommencerons l’an prochain. »")]
    [InlineData("de", "Claire Martin empfing die Presse. „Wir haben Sam Altman geschlagen“, sagte sie, „und das machen wir nächstes Jahr wieder.“")]
    public void AQuoteSplitByItsAttribution(string language, string text)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Claire Martin"), Person("Sam Altman")));
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Claire Martin", q.Speaker));
    }

    [Fact]
    public void ItStandsForTheLastOrganisation()
    {
        var text = "Claire Martin left Lumora in May. “We wish her well and thank her for her work,” it said.";
        Assert.Equal("Lumora", Only(text, "en", Person("Claire Martin"), Organisation("Lumora")).Speaker);
    }

    [Theory]
    [InlineData("fr", "Claire Martin n’a pas caché sa colère. Elle a déclaré : « Cette décision est injuste et nous ferons appel. »")]
    [InlineData("de", "Claire Martin zeigte sich enttäuscht. Sie sagte: „Diese Entscheidung ist ungerecht.“")]
    [InlineData("fr", "Claire Martin quitte la direction. « Je pars avec le sentiment du devoir accompli », confie-t-elle.")]
    public void APronounBeforeTheQuote(string language, string text)
    {
        Assert.Equal("Claire Martin", Only(text, language, Person("Claire Martin")).Speaker);
    }

    [Theory]
    [InlineData("fr", "Un porte-parole de Lumora a réagi : « Nous accueillons la concurrence avec plaisir. »")]
    [InlineData("de", "Ein Lumora-Sprecher sagte: „Es wurden keine Kundendaten kompromittiert.“")]
    [InlineData("fr", "Un porte-parole de Lumora a déclaré : « Aucune donnée n’a été compromise. »")]
    [InlineData("en", "A Lumora spokesman told Reuters: “No customer data was compromised.”")]
    public void ASpokespersonBeforeTheQuote(string language, string text)
    {
        Assert.Equal("Lumora", Only(text, language, Organisation("Lumora"), Person("Claire Martin")).Speaker);
    }

    [Theory]
    [InlineData("de", "OpenAI-CEO Sam Altman äußerte sich zu der Entscheidung: „Das ist ein guter Tag für unsere Nutzer.“", "äußerte sich")]
    [InlineData("fr", "Sam Altman a déclaré : « C’est une bonne journée pour nos utilisateurs. »", "a déclaré")]
    [InlineData("en", "Sam Altman said: “This is a good day for our users.”", "said")]
    public void ACueBeforeAColonNamesTheSpeaker(string language, string text, string cue)
    {
        var quote = Only(text, language, Person("Sam Altman"), Organisation("OpenAI"));
        Assert.Equal("Sam Altman", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("de", "Bundeskanzler Friedrich Merz sagte, das sei „ein starkes Signal für den Standort“.", "sagte")]
    [InlineData("en", "Friedrich Merz said the plan was \"a strong signal for Germany\" and left.", "said")]
    [InlineData("fr", "Friedrich Merz a estimé que c’était « un signal fort pour l’Allemagne ».", "a estimé")]
    [InlineData("de", "Friedrich Merz sagte, Sam Altman habe „einen guten Job gemacht“.", "sagte")]
    [InlineData("en", "Friedrich Merz said the plan was “a strong signal for Germany,” and the company said it agreed.", "said")]
    public void APartialQuoteInReportedSpeech(string language, string text, string cue)
    {
        var quote = Only(text, language, Person("Friedrich Merz"), Person("Sam Altman"));
        Assert.Equal("Friedrich Merz", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void ANameBeforeAColon()
    {
        var quote = Only("Sam Altman : « Nous ne vendrons jamais nos données. »", "fr", Person("Sam Altman"));
        Assert.Equal("Sam Altman", quote.Speaker);
        Assert.Null(quote.Cue);
    }

    // The name right before the colon says whom the person before it works for; an organisation alone still speaks.
    [Theory]
    [InlineData("nl", "Lieve Baert, topvrouw van Vandermeulen Terminals: ‘Dit is het grootste contract in onze geschiedenis.’", "Lieve Baert")]
    [InlineData("nl", "Directeur Étienne Roussel van Fromagerie Vauclair: “Geen enkele kaas blijft in de winkel liggen.”", "Étienne Roussel")]
    [InlineData("de", "Lieve Baert, Chefin von Vandermeulen Terminals: „Das ist der größte Vertrag unserer Geschichte.“", "Lieve Baert")]
    [InlineData("de", "Ein Sprecher von Vandermeulen Terminals: „Das ist der größte Vertrag unserer Geschichte.“", "Vandermeulen Terminals")]
    public void ANameBeforeAColonGovernedByAPrepositionIsWhomThePersonWorksFor(string language, string text, string speaker)
    {
        var quote = Only(text, language, Person("Lieve Baert"), Person("Étienne Roussel"), Organisation("Vandermeulen Terminals"), Organisation("Fromagerie Vauclair"));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("fr", "Selon Claire Martin, « le marché va se retourner avant l’été ».", "Selon")]
    [InlineData("de", "Laut Claire Martin „dreht der Markt noch vor dem Sommer“.", "Laut")]
    [InlineData("en", "“The market will turn before the summer,” according to Claire Martin.", "according to")]
    [InlineData("fr", "« Le marché va se retourner avant l’été », selon Claire Martin.", "selon")]
    [InlineData("de", "Claire Martin zufolge ist die Lage „schlimmer als je zuvor gedacht“.", "zufolge")]
    [InlineData("de", "„Der Markt dreht sich vor dem Sommer“, laut Claire Martin.", "laut")]
    public void ASourceNextToTheQuote(string language, string text, string cue)
    {
        var quote = Only(text, language, Person("Claire Martin"));
        Assert.Equal("Claire Martin", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData("fr", "« Aucune donnée n’a été compromise », a affirmé un porte-parole d’OpenAI.")]
    [InlineData("en", "“No customer data was compromised,” a Lumora spokesperson said.")]
    [InlineData("en", "“No customer data was compromised,” said a spokeswoman for Lumora.")]
    [InlineData("de", "„Es wurden keine Kundendaten kompromittiert“, sagte ein Sprecher von Lumora.")]
    [InlineData("de", "„Es wurden keine Kundendaten kompromittiert“, sagte ein Lumora-Sprecher.")]
    public void ASpokespersonSpeaksForTheOrganisation(string language, string text)
    {
        var quote = Only(text, language, Organisation("OpenAI"), Organisation("Lumora"));
        Assert.Equal(text.Contains("OpenAI", StringComparison.Ordinal) ? "OpenAI" : "Lumora", quote.Speaker);
    }

    [Fact]
    public void AnOrganisationNamedRightAfterTheCue()
    {
        var text = "“We take these reports seriously,” said Lumora in a statement.";
        Assert.Equal("Lumora", Only(text, "en", Organisation("Lumora")).Speaker);
    }

    [Theory]
    [InlineData("en", "“We take these reports seriously,” the company said.")]
    [InlineData("en", "Lumora published a statement. “We take these reports seriously and will respond.”")]
    [InlineData("fr", "« Nous prenons ces informations au sérieux », a indiqué l’entreprise.")]
    [InlineData("de", "„Wir nehmen die Berichte ernst“, sagte sie.")]
    [InlineData("de", "„Wir sind bereit für alles.“ Claire Martin sagte später, das sei gelogen.")]
    public void NoSpeakerWhenTheTextDoesNotNameOne(string language, string text)
    {
        // The last direct quote: "Claire Martin sagte später, das sei gelogen" is her own reported clause.
        var quote = QuoteRecognizer.Default.Recognize(text, language, Of(text, Organisation("Lumora"), Person("Claire Martin"))).Last(q => q.Kind == QuoteKind.Direct);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void TheSpeakerIsTheCanonicalName()
    {
        var text = "Claire Martin leads Lumora. “We are not for sale,” Martin said.";
        var entities = Of(text, Person("Claire Martin"), Person("Claire Martin", "Martin"));
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "en", entities));
        Assert.Equal("Claire Martin", quote.Speaker);
    }

    [Fact]
    public void ALanguageWithoutCuesFindsQuotesWithoutSpeakers()
    {
        var text = "“We will double our investment in Europe,” said Sam Altman.";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "xx", Of(text, Person("Sam Altman"))));
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Theory]
    [InlineData("fr", "Lumora rappelle ses écouteurs. « Aucun client ne doit courir de risque », a déclaré une porte-parole de l’entreprise.")]
    [InlineData("de", "Lumora ruft Ladeetuis zurück. Ein Sprecher des Unternehmens sagte: „Kein Kunde soll ein Risiko tragen.“")]
    public void ASpokespersonOfAnUnnamedCompanySpeaksForTheOrganisationNamedBefore(string language, string text)
    {
        var quote = Only(text, language, Organisation("Lumora"));
        Assert.Equal("Lumora", quote.Speaker);
    }

    // A union or a public body named more often is no company: the company is.
    [Theory]
    [InlineData("de", "Die Gewerkschaft Hafenarbeit ruft zum Streik bei Kaimora auf. Die Gewerkschaft Hafenarbeit fordert acht Prozent mehr Lohn. Ein Sprecher des Unternehmens sagte: „Das Angebot liegt auf dem Tisch.“")]
    [InlineData("en", "The Dockworkers Union called a strike at Kaimora. The Dockworkers Union wants eight percent more. “The offer is on the table,” a company spokesman said.")]
    public void ASpokespersonOfTheCompanySpeaksForTheCompanyNotTheUnion(string language, string text)
    {
        var union = language == "de" ? "Gewerkschaft Hafenarbeit" : "Dockworkers Union";
        var quote = QuoteRecognizer.Default.Recognize(text, language, Of(text, Organisation(union), Organisation("Kaimora"))).First(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Kaimora", quote.Speaker);
    }

    [Theory]
    [InlineData("fr", "Claire Martin dirige le projet chez Vantor.\n\n« Nous ouvrirons un bureau à Lyon », a déclaré la société dans un communiqué.\n« Nous y recruterons cinquante ingénieurs », a-t-il ajouté.")]
    [InlineData("en", "Claire Martin leads the project at Vantor.\n\n“We will open an office in Lyon,” the company said in a statement. “We will hire fifty engineers there,” he added.")]
    public void APronounRightAfterAnAttributedQuoteGoesOnWithItsSpeaker(string language, string text)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Claire Martin"), Organisation("Vantor")));
        Assert.Equal(["Vantor", "Vantor"], quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker));
    }

    [Fact]
    public void APronounAfterSomeoneNewlyNamedIsThatPerson()
    {
        const string text = "« Nous ouvrirons un bureau à Lyon », a déclaré la société Vantor. Sam Altman a salué la décision. « C’est une bonne nouvelle pour la ville », a-t-il ajouté.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "fr", Of(text, Person("Sam Altman"), Organisation("Vantor")));
        Assert.Equal("Sam Altman", quotes.Where(q => q.Kind == QuoteKind.Direct).Last().Speaker);
    }

    [Fact]
    public void AParagraphEndingInAColonIntroducesTheQuoteThatOpensTheNext()
    {
        const string text = "Vantor eröffnet ein Büro in Lyon. Vantor-Chefin Claire Martin äußerte sich zu der Entscheidung:\n\n„Frankreich ist für uns ein wichtiger Markt. Wir freuen uns auf Lyon.“";
        var quote = Only(text, "de", Person("Claire Martin"), Organisation("Vantor"));
        Assert.Equal("Claire Martin", quote.Speaker);
    }

    [Theory]
    [InlineData("de", "Henrike Maurer sprach am Montag in Lahr. Dabei griff sie den Landrat Peter Vogt scharf an: „Er hat alle Warnungen ignoriert.“")]
    [InlineData("en", "Henrike Maurer spoke in Lahr on Monday. She said of county chief Peter Vogt: “He ignored every warning.”")]
    public void APronounStandsForAPersonNamedBeforeItNotForOneNamedAfterIt(string language, string text)
    {
        var quote = Only(text, language, Person("Henrike Maurer"), Person("Peter Vogt"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    [Theory]
    [InlineData("Den Ärger über Peter Vogts Entscheidung brachte die Sprecherin der Initiative, Henrike Maurer, zum Ausdruck: „Das ist ein Schlag ins Gesicht.“", "Peter Vogts")]
    [InlineData("Nach dem Streit mit Peter Vogt fasste die Sprecherin der Initiative, Henrike Maurer, zusammen: „Das ist ein Schlag ins Gesicht.“", "Peter Vogt")]
    public void APersonNamedInTheGenitiveOrAfterAPrepositionIsNotTheSubjectThatSpeaks(string text, string vogt)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"), Person("Peter Vogt", vogt));
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    [Theory]
    // The noun after the role takes up the organisation it names, not the last one named ("Rhenova", "Dagblad").
    [InlineData("nl", "De Veiligheidsregio Noord adviseert ramen te sluiten. Rhenova heeft de brand geblust. „We meten elk uur”, zei een woordvoerder van de veiligheidsregio.", "Veiligheidsregio Noord")]
    [InlineData("es", "Noordwind Airlines canceló 380 vuelos. La BVC convocó la huelga. «Las rutas a Málaga fueron las más afectadas», dijo un portavoz de la compañía.", "Noordwind Airlines")]
    // The article elided onto the noun links it as a separate article does.
    [InlineData("fr", "Le personnel de l’Hôpital Vanderkelen a entamé une grève à l’appel du syndicat Solis. « Un service minimum est garanti », a précisé un porte-parole de l’hôpital.", "Hôpital Vanderkelen")]
    public void ASpokespersonOfANounSpeaksForTheOrganisationTheNounTakesUp(string language, string text, string speaker)
    {
        var organisations = new[] { "Veiligheidsregio Noord", "Rhenova", "Noordwind Airlines", "BVC", "Hôpital Vanderkelen", "Solis" }
            .Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => Organisation(n)).ToArray();
        var quote = Only(text, language, organisations);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void WhereASpokespersonOfTheCompanySpokeIsNoSpeaker()
    {
        const string text = "Der Chemiekonzern Trivella kündigte Berufung an. „Das Urteil beruht auf einem Missverständnis“, teilte eine Sprecherin des Konzerns in Mailand mit.";
        var quote = Only(text, "de", Organisation("Trivella"), Place("Milan", "Mailand"));
        Assert.Equal("Trivella", quote.Speaker);
    }

    // A noun takes up the organisation it introduced right before its name, or that the name ends in; not one it only
    // stood near ("die Richter des Gerichts"), and not the organisation the article names most.
    [Theory]
    [InlineData("de", "Zum Streik hat die Gewerkschaft Velora aufgerufen. Die Gewerkschaft spricht von einem „Notstand mit Ansage“.", "Velora")]
    [InlineData("en", "Nurses at Halden Hospital went on strike. The hospital said the “emergency unit stays open”.", "Halden Hospital")]
    [InlineData("de", "Die Richter des Landgerichts Kassel wiesen die Klage ab. Die Richter nannten sie „unbegründet“.", null)]
    public void ANounTakesUpTheOrganisationItIntroduced(string language, string text, string? speaker)
    {
        var names = new[] { "Velora", "Halden Hospital", "Landgerichts Kassel" }.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => Organisation(n)).ToArray();
        var quote = Only(text, language, names);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("„Die Brücke bleibt gesperrt“, warnt Jana Brück.")]
    [InlineData("„Die Brücke bleibt gesperrt“, kritisierten Jana Brück und ihre Partei.")]
    [InlineData("„Die Brücke bleibt gesperrt“, bestätigt Jana Brück.")]
    [InlineData("Von einer „gesperrten Brücke“ spricht Jana Brück.")]
    [InlineData("Jana Brück konstatierte eine wachsende „Kluft zwischen Arm und Reich“.")]
    public void AGermanCueVerbNamesItsSpeakerInAnyPersonAndTense(string text)
    {
        var quote = Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", QuoteTestEntities.Of(text, QuoteTestEntities.Person("Jana Brück"))).Single();
        Assert.Equal("Jana Brück", quote.Speaker);
    }

    [Fact]
    public void APersonTitledByABodyBeforeTheCueSpeaksNotTheBody()
    {
        // The comma that would close the apposition is left out.
        var quote = Only("Jana Wirth, president of the Northeast Canoe Federation said the bid was \"very respectable\".", "en",
            Person("Jana Wirth"), Organisation("Northeast Canoe Federation"));
        Assert.Equal("Jana Wirth", quote.Speaker);
    }
}
