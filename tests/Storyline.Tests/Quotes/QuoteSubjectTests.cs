using Storyline.Entities;
using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// Who the subject of an attribution is: a verb that carries its subject before where or to whom it was said, an
/// organisation before the person who works there, and a second verb of the subject before a quote.
/// </summary>
public sealed class QuoteSubjectTests
{
    [Theory]
    [InlineData("es", "El presidente del sindicato, Jeroen Bakhuizen, habló con los pilotos. «Nadie hace huelga por gusto», dijo a la radio pública.")]
    [InlineData("it", "Il presidente del sindacato, Jeroen Bakhuizen, ha parlato ai piloti. «Nessuno sciopera per piacere», ha detto in aula.")]
    // When it was said may stand between the verb and where.
    [InlineData("es", "El presidente del sindicato, Jeroen Bakhuizen, habló con los pilotos. «Nadie hace huelga por gusto», dijo el año pasado en una entrevista.")]
    [InlineData("it", "Il presidente del sindacato, Jeroen Bakhuizen, ha parlato ai piloti. «Nessuno sciopera per piacere», ha detto l'anno scorso in un'intervista.")]
    public void AVerbThatCarriesItsSubjectBeforeWhereItWasSaidIsTheLastPersons(string language, string text)
    {
        var quote = Only(text, language, Person("Jeroen Bakhuizen"));
        Assert.Equal("Jeroen Bakhuizen", quote.Speaker);
    }

    // A quote that is a sentence of its own, right after a sentence that reports someone's speech with a pronoun, is theirs.
    [Theory]
    [InlineData("de", "Für die Familie sprach Konrad Ellwanger. Niemand aus der Familie wolle die Firma führen, sagte er. „Wir haben lange gesucht.“ Der Betriebsrat schwieg.")]
    [InlineData("en", "Konrad Ellwanger spoke for the family. Nobody in the family wanted to run the firm, he said. “We looked for a long time.” The works council was silent.")]
    public void AQuoteAfterASentenceOfReportedSpeechIsItsSubjects(string language, string text)
    {
        var quote = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Konrad Ellwanger"))).First(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Konrad Ellwanger", quote.Speaker);
    }

    [Fact]
    public void WhereTheSubjectFollowsTheAdverbialThePersonBeforeIsNotTheSpeaker()
    {
        // German names the subject after "am Abend": "ein Anwohner" speaks, not Anna Weber.
        var quote = Only("Anna Weber kam zu spät. „Wir bleiben hier“, sagte am Abend ein Anwohner.", "de", Person("Anna Weber"));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void AVerbAfterAndIsTheSubjectsNotTheQuotesAttribution()
    {
        var quote = Only("Dans un communiqué, Trivella dit « respecter la décision sans la partager » et annonce un recours.", "fr", Organisation("Trivella"));
        Assert.Equal("Trivella", quote.Speaker);
        Assert.Null(quote.SpeakerText);
    }

    [Fact]
    public void APersonAfterTheOrganisationTheyWorkForSpeaksInANamingClause()
    {
        var quote = Only("BDV board member Jonas Wiegand called the ruling \"a signal to the whole industry\".", "en", Organisation("BDV"), Person("Jonas Wiegand"));
        Assert.Equal("Jonas Wiegand", quote.Speaker);
    }

    [Fact]
    public void APersonAfterTheOrganisationTheyWorkForSpeaksInReportedSpeech()
    {
        var text = "BVC chairman Jeroen Bakhuizen, speaking to pilots in Hoofddorp, said the union was ready to return to the table at any moment.";
        var quote = Only(text, "en", Organisation("BVC"), Person("Jeroen Bakhuizen"), ("Hoofddorp", EntityType.Place, "Hoofddorp"));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Jeroen Bakhuizen", quote.Speaker);
    }

    [Fact]
    public void APersonAfterTheVerbIsWhatTheOrganisationNames()
    {
        var quote = Only("Lumora bezeichnete Jane Doe als „eine Visionärin“.", "de", Organisation("Lumora"), Person("Jane Doe"));
        Assert.Equal("Lumora", quote.Speaker);
    }

    [Fact]
    public void WhereTheVerbComesSecondTheSubjectAfterItNamesTheWords()
    {
        // German puts the subject after the verb when the sentence opens with something else; the plant named after the
        // apposition is what is named, not who names it.
        var text = "Angesichts der Ernte nannte Hanne Liebscher, Sprecherin des Gartenbauverbands, die neue Sorte Korvana „überflüssig wie ein Kropf“.";
        var quote = Only(text, "de", Person("Hanne Liebscher"), ("Korvana", EntityType.Product, "Korvana"));
        Assert.Equal("Hanne Liebscher", quote.Speaker);
    }

    [Fact]
    public void WhereTheVerbDoesNotComeSecondThePersonAfterItIsNamed()
    {
        var quote = Only("The mayor called Ines Halvorsen \"a reckless gambler\" on Monday.", "en", Person("Ines Halvorsen"));
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("es", "Lucía Berenguer dirige el grupo de Zaragoza. «Probamos más de 2.000 combinaciones», explica.", "Lucía Berenguer")]
    [InlineData("it", "Marco Ferraresi insegna a Firenze. «Il modello interessa anche l’Italia», osserva.", "Marco Ferraresi")]
    [InlineData("fr", "Ellen Kastelein a mené la médiation. « Chacun a fait un pas vers l’autre », dit-elle.", "Ellen Kastelein")]
    public void PresentTenseReportingVerbsCarryTheirSubject(string language, string text, string speaker)
    {
        var quote = Only(text, language, Person(speaker));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    // A title takes up the person it introduced, written before the name or in the apposition after it, inflected or not.
    [InlineData("de", "Oberbürgermeisterin Hanne Liebscher besuchte das Werk. „Wir hatten Glück im Unglück“, sagte die Oberbürgermeisterin.", "Hanne Liebscher")]
    [InlineData("de", "Dem Abgeordneten Jonas Wiegand gratulierte niemand. „Die Partei muss zusammenstehen“, sagte der Abgeordnete.", "Jonas Wiegand")]
    [InlineData("it", "Ha parlato la direttrice del museo, Itziar Goikoetxea. «Restituiamo il quadro alla famiglia», ha detto la direttrice.", "Itziar Goikoetxea")]
    public void ATitleSpeaksForThePersonItIntroduced(string language, string text, string speaker)
    {
        var quote = Only(text, language, Person(speaker));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    // "The latter" is the last person named, not the subject of the sentence before.
    [InlineData("fr", "Le maire Paul Garnier a reçu la ministre Claire Roussel. « Nous avons signé l’accord », a ajouté cette dernière.")]
    [InlineData("de", "Bürgermeister Paul Garnier empfing die Ministerin Claire Roussel. „Wir haben das Abkommen unterzeichnet“, so letztere.")]
    [InlineData("en", "Mayor Paul Garnier welcomed minister Claire Roussel on Monday. “We have signed the agreement,” the latter said.")]
    public void TheLatterIsTheLastPersonNamed(string language, string text)
    {
        var quote = Only(text, language, Person("Paul Garnier"), Person("Claire Roussel"));
        Assert.Equal("Claire Roussel", quote.Speaker);
    }

    [Fact]
    public void AVerbCueOpeningAClauseAfterTheQuoteHasItsSubjectAfterIt()
    {
        var text = "Die Anlage des Kestrelwerk steht still. Das Kühlsystem war wegen „Problemen mit der Elektrizität im Tunnel“ ausgefallen, so ein Sprecher des Kestrelwerk.";
        var quote = Only(text, "de", Organisation("Kestrelwerk"));
        Assert.Equal("Kestrelwerk", quote.Speaker);
    }

    [Fact]
    public void ASubjectThatNamesNoEntityIsShownAsWritten()
    {
        var quote = Only("Die Organisation verlangte am Montag eine Untersuchung der „schockierenden Szenen der Gewalt“.", "de");
        Assert.Null(quote.Speaker);
        Assert.Equal("Die Organisation", quote.SpeakerText);
    }

    [Fact]
    public void ATitleNoPersonWasIntroducedWithNamesNobody()
    {
        var quote = Only("Hanne Liebscher besuchte das Werk. „Wir hatten Glück im Unglück“, sagte die Oberbürgermeisterin.", "de", Person("Hanne Liebscher"));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void AStatementOfTheCompanyIsTheCompanysWords()
    {
        var text = "Der Konzern Lumora betreibt das Werk seit 2019. „Es tut uns zutiefst leid“, hieß es in einer Mitteilung des Konzerns.";
        var quote = Only(text, "de", Organisation("Lumora"));
        Assert.Equal("Lumora", quote.Speaker);
    }

    // No noun for companies: the noun in the genitive takes up the organisation whose name holds it.
    [Theory]
    [InlineData("Das Klinikum Hohenfeld in Eupen schließt seine Geburtsstation. „Die Entscheidung ist uns nicht leichtgefallen“, "
        + "heißt es in einer Mitteilung des Klinikums.", "Klinikum Hohenfeld")]
    [InlineData("Die Nordlicht Krankenkasse erhöht die Beiträge. „Wir müssen die steigenden Kosten decken“, "
        + "heißt es in einer Erklärung der Krankenkasse.", "Nordlicht Krankenkasse")]
    public void AStatementOfAnOrganisationNamedByItsKindIsThatOrganisationsWords(string text, string organisation)
    {
        var quote = Only(text, "de", Organisation(organisation), Place("Eupen"));
        Assert.Equal(organisation, quote.Speaker);
    }

    [Fact]
    public void AStatementOfTheGroupIsTheGroupsWhichThatNounIntroducedNotTheCompanyTheArticleIsAbout()
    {
        var text = "Lumora hat ein Werk in Krefeld. Lumora meldete einen Brand. Lumora gehört zum Chemiekonzern Brenta aus Bergamo. "
            + "„Es tut uns zutiefst leid“, hieß es in einer Mitteilung des Konzerns.";
        var quote = Only(text, "de", Organisation("Lumora"), Organisation("Brenta"));
        Assert.Equal("Brenta", quote.Speaker);
    }

    [Fact]
    public void TheCompanyRightAfterAPersonsQuoteIsStillTheCompany()
    {
        var text = "Noordwind a trouvé un accord. Noordwind perd des clients. « C’est un bon accord », a déclaré Maud Verschoor. "
            + "La compagnie promet de « tout faire pour regagner la confiance ».";
        var quotes = QuoteRecognizer.Default.Recognize(text, "fr", Of(text, Organisation("Noordwind"), Person("Maud Verschoor")));
        Assert.Equal("Noordwind", quotes[^1].Speaker);
    }

    [Fact]
    public void AStateAbbreviationBeforeACommaEndsNoSentence()
    {
        // "Okla.," is no sentence end: the sentence's subject is Clinton, not the officer named after it.
        var text = "On Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby for the shooting. "
            + "“How many times do we have to see this in our country?” she said.";
        var quote = Only(text, "en", Person("Hillary Clinton", "Clinton"), Place("Tulsa"), Person("Betty Shelby"));
        Assert.Equal("Hillary Clinton", quote.Speaker);
    }

    [Theory]
    [InlineData("“They would not get an immunity deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.")]
    [InlineData("“They would not get an immunity deal,” Senate Majority Leader Jim Jordan, who has sat on the oversight panel for more than ten years, said.")]
    public void ANameAfterATitleAndBeforeABracketOpensAnInsertionTheCueComesAfter(string text)
    {
        var quote = Only("Cheryl Mills testified on Monday. " + text, "en", Person("Cheryl Mills"), Person("Jim Jordan"));
        Assert.Equal("Jim Jordan", quote.Speaker);
    }

    [Theory]
    // A colon frame whose verb is no cue, and a quote inside a sentence whose subject is no entity.
    [InlineData("„Wir hatten keine Wahl“, sagte Maren Thiel. Der Mieterverein widersprach: „Das trifft die Falschen.“", "Der Mieterverein")]
    [InlineData("„Wir hatten keine Wahl“, sagte Maren Thiel. Der Mieterverein sieht darin „eine Zumutung für Familien“.", "Der Mieterverein")]
    // A colon frame with no verb at all: the words up to the colon.
    [InlineData("„Wir hatten keine Wahl“, sagte Maren Thiel. Ein Beamter der Stadtwerke: „Die Leitung war seit Jahren marode.“", "Ein Beamter der Stadtwerke")]
    // ... or up to when and where they were said, where no verb follows.
    [InlineData("„Wir hatten keine Wahl“, sagte Maren Thiel. Ein Hauptkommissar nach der Festnahme: „Er ist jetzt dort, wo er hingehört.“", "Ein Hauptkommissar")]
    [InlineData("„Wir hatten keine Wahl“, sagte Maren Thiel. Ein Sprecher am Abend in der Zentrale: „Die Leitung war seit Jahren marode.“", "Ein Sprecher")]
    // A separable reporting verb before the colon whose subject names no entity.
    [InlineData("„Wir hatten keine Wahl“, sagte Maren Thiel. Die Polizei teilte am Montag in Lahr mit: „Die Leitung war seit Jahren marode.“", "Die Polizei")]
    public void AQuoteWhoseOwnSentenceNamesItsSpeakerInWordsIsNotTheLastSpeakers(string text, string words)
    {
        var quotes = Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Maren Thiel")));

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Maren Thiel", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
        Assert.Equal(words, quotes[1].SpeakerText);
    }

    [Fact]
    public void AQuoteThatOpensItsSentenceWithNoCueStillGoesOnTheLastSpeakers()
    {
        var text = "„Wir hatten keine Wahl“, sagte Maren Thiel. „Die Kosten sind gestiegen.“";
        var quotes = Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Maren Thiel")));

        Assert.Equal(["Maren Thiel", "Maren Thiel"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AColonFrameWithAnInvertedPronounIsThePersonBeforeTheSentence()
    {
        // The party in brackets and the naming word "als" far from the colon name nobody who speaks; "er" after the verb does.
        var text = "Bundespräsidentin Irene Vogt gab dem „Kurier“ ein Interview. Die Arbeit des Kabinetts seit dem Amtsantritt von Jana Brück (SVP) als Kanzlerin lobte er mit den Worten: „Es wird pragmatisch regiert.“";
        var quote = Only(text, "de", Person("Irene Vogt"), Person("Jana Brück"), Organisation("SVP"));
        Assert.Equal("Irene Vogt", quote.Speaker);
    }

    [Fact]
    public void AColonFrameWithAnInvertedPronounWhoseAntecedentIsUnknownNamesNoEntityButThePronounNamesTheSpeaker()
    {
        // The interviewee was named only in words the tagger did not take for a name: the party in brackets is no speaker,
        // nor are the sentence's opening words ("Die Arbeit"); the pronoun after the verb is where the text names her.
        var text = "Die Präsidentin gab dem „Kurier“ ein Interview. Die Arbeit des Kabinetts seit dem Amtsantritt von Jana Brück (SVP) als Kanzlerin lobte sie mit den Worten: „Es wird pragmatisch regiert.“";
        var quote = Only(text, "de", Person("Jana Brück"), Organisation("SVP"));
        Assert.Null(quote.Speaker);
        Assert.Equal("sie", quote.SpeakerText);
        Assert.Equal(text.IndexOf("sie mit", StringComparison.Ordinal), quote.SpeakerSpan?.Start);
    }

    [Fact]
    public void MarkedWordsInAReportedClauseAreTheClauseSpeakersNotANameNoCueGaveThem()
    {
        // "Hartmanns" is whose resignation the group speaks of; "erklärte" names the group as who speaks.
        var text = "Die Abgeordnete Swantje Hartmann ist zurückgetreten. In einer kurzen Mitteilung erklärte die Landtagsfraktion zum Rücktritt Hartmanns, die Fraktion nehme die Entscheidung „zur Kenntnis“.";
        var quotes = QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Person("Swantje Hartmann"), Person("Swantje Hartmann", "Hartmanns")));

        var marked = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        var clause = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Null(marked.Speaker);
        Assert.Equal("die Landtagsfraktion", clause.SpeakerText);
        Assert.Equal(clause.SpeakerText, marked.SpeakerText);
    }

    [Fact]
    public void MarkedWordsInAReportedClauseKeepTheNameItsSpeakerWordsHold()
    {
        var text = "In einem Interview sagte der Friedensnobelpreisträger Aurelio Benítez, der neue Papst sei „ein Mann des Dialogs“.";
        var quotes = QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Person("Aurelio Benítez")));

        Assert.Equal("Aurelio Benítez", Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void ThePronounNamingTheSpeakerIsAWholeWordNotTheEndOfANearerOne()
    {
        // "der" and "Feier" stand nearer the quote than "er" and end in its letters.
        var text = "Der Präsident gab ein Interview. Die Arbeit des Kabinetts lobte er bei der Feier mit den Worten: „Es wird pragmatisch regiert.“";
        var quote = Only(text, "de");
        Assert.Equal(text.IndexOf("er bei", StringComparison.Ordinal), quote.SpeakerSpan?.Start);
        Assert.Equal(2, quote.SpeakerSpan?.Length);
    }

    [Fact]
    public void AnOrdinalDayBeforeAMonthEndsNoSentence()
    {
        // "am 3. Mai" keeps "er" in the sentence that frames the quote; "wird 60." ends one.
        var text = "Die Pilotin Jana Brück wird 60. Zusammen mit Ole Sand flog sie am 3. Mai 1990 die Maschine nach Oslo und meldete sich mit den Worten: „Wir sind gelandet.“";
        var quote = Only(text, "de", Person("Jana Brück"), Person("Ole Sand"), Place("Oslo"));
        Assert.Equal("Jana Brück", quote.Speaker);
    }

    [Fact]
    public void APlaceRightBeforeAColonIsNoSpeaker()
    {
        var text = "Trainerin Ana Pirelli stellte sich vor ihre Torhüterin aus Kerkrade: „Sie hat uns diese Saison oft gerettet.“";
        var quote = Only(text, "de", Person("Ana Pirelli"), Place("Kerkrade"));
        Assert.Equal("Ana Pirelli", quote.Speaker);
    }

    [Fact]
    public void APlaceInAClauseBeforeTheCueIsWhatThePronounSubjectSpeaksOf()
    {
        var text = "Die Kanzlerin Edda Larsen besuchte Oslo. Sie sagte, Europa brauche Norwegen, und fügte hinzu: „Wir teilen mehr als eine Küste.“";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, [Person("Edda Larsen"), Place("Oslo"), Place("Europe", "Europa"), Place("Norway", "Norwegen")])), q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Edda Larsen", quote.Speaker);
    }

    [Fact]
    public void AColonFramesSubjectAfterItsVerbIsShownAsWritten()
    {
        var text = "In einem Bericht, der am Abend erschien, rechtfertigte das Verkehrsministerium die Sperrung: „Die Brücke ist nicht mehr sicher.“";
        var quote = Only(text, "de");
        Assert.Null(quote.Speaker);
        Assert.Equal("das Verkehrsministerium", quote.SpeakerText);
    }

    [Fact]
    public void AColonFramesOpeningPhraseOutweighsANameAfterAPreposition()
    {
        var text = "Der Richter will nach dem Abschluss des Verfahrens gegen Tomas Greer in Pension gehen: „Mehr kommt nicht nach.“";
        var quote = Only(text, "de", Person("Tomas Greer"));
        Assert.Null(quote.Speaker);
        Assert.Equal("Der Richter", quote.SpeakerText);
    }

    [Fact]
    public void APersonRightAfterTheOpeningPhraseOwnsTheWordsItNames()
    {
        var text = "Das Fazit von Sandra Ohlig nach fünf Jahren im Amt: „Die Schulen sind besser geworden.“";
        var quote = Only(text, "de", Person("Sandra Ohlig"));
        Assert.Equal("Sandra Ohlig", quote.Speaker);
    }

    [Fact]
    public void ABroadcasterAfterAPrepositionIsWhereItWasSaid()
    {
        var text = "In der ARD zeigte sich der Bundestrainer zufrieden: „Wir haben uns deutlich gesteigert.“";
        var quote = Only(text, "de", Organisation("ARD"));
        Assert.Null(quote.Speaker);
        Assert.Equal("der Bundestrainer", quote.SpeakerText);
    }

    // A name joined by "und" to a name after a preposition is governed by it too: the pronoun subject speaks.
    [Fact]
    public void ANameConjoinedToOneAfterAPrepositionIsNoSubject()
    {
        const string text = "Maren Thiel flog nach Lahr. Zusammen mit Jonas Albers und Erik Conrads lenkte sie die Fähre zum Landeplatz und meldete sich mit den Worten: „Hier ist alles ruhig.“";
        var quote = Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Maren Thiel"), Person("Jonas Albers"), Person("Erik Conrads"))).Single();
        Assert.Equal("Maren Thiel", quote.Speaker);
    }
}
