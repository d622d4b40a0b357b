using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>Marks around names and titles are no quotes; a word or two after a naming cue are; a colon frame's subject speaks.</summary>
public sealed class QuoteNameRuleTests
{
    [Theory]
    [InlineData("de", "Im Kino lief der Film „Nackt unter Wölfen“ vor vollem Saal.")]
    [InlineData("de", "Sie spielte in der ARD-Fernsehserie „In aller Freundschaft“ eine Ärztin.")]
    [InlineData("en", "She read the novel “The Grapes of Wrath” twice last summer.")]
    [InlineData("fr", "Il a lu le roman « Les Raisins de la colère » cet été.")]
    [InlineData("nl", "Zij herhaalde zondag in het tv-programma ‘Stad en Zorg’ dat de bond meer mensen wil.")]
    [InlineData("es", "Lo contó en el programa «La noche del puerto» de la radio local.")]
    // In the genitive.
    [InlineData("de", "Laut einem Test des Magazines „auto, motor und reise“ sind 113 Modelle sparsam.")]
    // The noun opening the marked words, alone or closing a compound.
    [InlineData("de", "Die Banken sind nach einem „Gesetz zur Bekämpfung der Geldwäsche im Inland“ zur Meldung verpflichtet.")]
    [InlineData("de", "Auch der Träger des „Sacharow-Preises für geistige Freiheit“ sitzt noch in Haft.")]
    // Even words that end a sentence, right after the noun.
    [InlineData("de", "Sie demonstrierten unter dem Motto „Zwanzig Jahre sind genug!“ vor dem Rathaus.")]
    public void ATitleAfterItsNounIsNoQuote(string language, string text) =>
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, language, []));

    // Every word capitalised: a title in any language, whatever speech is near ("sagte" after it).
    [Theory]
    [InlineData("de", "„A Bigger Sound“ sahen weltweit 4,6 Millionen Zuschauer. Tourmanager Jan Cohl sagte der Zeitschrift, es sei eine lange Tour gewesen.")]
    [InlineData("en", "The list is led by “And Penguins Make Three”, the authors said on Monday.")]
    public void AQuoteOfCapitalisedWordsOnlyIsATitle(string language, string text) =>
        Assert.DoesNotContain(QuoteRecognizer.Default.Recognize(text, language, []), q => q.Kind == QuoteKind.Direct);

    // A colon frame with no speech cue whose sentence names a work introduces its title; with a cue it introduces words.
    [Theory]
    [InlineData("Ihr bekanntestes Werk entstand in ihren Jahren in Lissabon: „Die Stunde der Fischer“. Es wurde verfilmt.", 0)]
    [InlineData("Am Abend stellte die Band ihr neues Album vor: „Licht über Lübeck“. Die Halle war voll.", 0)]
    [InlineData("Den Namen der neuen Fernsehsendung gab der Sender gestern bekannt: „Nachbarn im Streit“. Sie startet im Mai.", 0)]
    [InlineData("Die Autorin sagte über ihr bekanntestes Werk: „Ich habe es in drei Wochen geschrieben.“", 1)]
    [InlineData("Die Studie des Instituts schließt mit einem Satz: „Die Lage ist ernst“, sagte Lehmann.", 1)]
    public void AColonFrameNamingAWorkIntroducesItsTitle(string text, int quotes) =>
        Assert.Equal(quotes, QuoteRecognizer.Default.Recognize(text, "de", []).Count(q => q.Kind == QuoteKind.Direct));

    [Theory]
    [InlineData("de", "Der Führer der Oppositionsbewegung „Volksallianz für Demokratie“ (PAD) rief zum Protest auf.")]
    [InlineData("en", "The bank is run by the seven-member “Board of Governors” (BoG) in Washington.")]
    [InlineData("fr", "Le chef du « Conseil pour la réforme démocratique » (CRD) a parlé lundi.")]
    public void MarksFollowedByTheirShortFormAreAName(string language, string text) =>
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, language, []));

    // A name given in another language right after the marks, in brackets and mostly capitalised words, makes them a name
    // even where speech is reported around them; a bracket that is no such gloss does not.
    [Theory]
    [InlineData("Die Junta erklärte, sie werde sich in den „Rat für nationale Einheit“ (Council for National Unity) umbenennen.", 0)]
    [InlineData("Die Junta erklärte, sie werde die Macht „so bald wie möglich“ (vermutlich im März) abgeben.", 1)]
    public void MarksFollowedByANameInAnotherLanguageAreAName(string text, int quotes) =>
        Assert.Equal(quotes, QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", []).Count(q => q.Kind == QuoteKind.Direct));

    // A quote that never closes has no bracket after it: the one opening the text is no gloss of it.
    [Fact]
    public void AQuoteThatNeverClosesHasNoGloss()
    {
        const string text = "(Rat und Verband) Die Sprecherin sagte am Montag in Lahr: „Wir bleiben hier und wir kämpfen weiter für jede Stelle";
        Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", []), q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("de", "Die Stiftung veranstaltet im Herbst die „Woche des offenen Buches“ in zwölf Städten.")]
    [InlineData("en", "The station airs “All Things Considered Tonight” every weekday evening.")]
    [InlineData("fr", "La radio diffuse « Le Journal Des Régions » chaque matin.")]
    public void AFewCapitalisedWordsWithNoSpeechAroundAreATitle(string language, string text) =>
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, language, []));

    [Fact]
    public void ASpeechVerbRightAfterATitleFollowsThePhraseThatHoldsIt()
    {
        // No comma between the marks and the verb: the verb's subject comes after it, and the clause it reports is its subject's.
        const string text = "In der „Kornbacher Rundschau am Sonntag“ schreibt der Bischof, dass er zurücktreten werde.";
        Assert.DoesNotContain(QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", []), q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("de", "„Wir bleiben in Lahr“, sagte Henrike Maurer am Freitag.")]
    [InlineData("de", "Henrike Maurer erklärte am Freitag, man werde „Keine Stellen in Lahr“ streichen.")]
    [InlineData("en", "Henrike Maurer said the plan was “A Fair Deal For Lahr” on Friday.")]
    public void CapitalisedWordsWithSpeechAroundAreStillAQuote(string language, string text) =>
        Assert.Contains(QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, language, Of(text, Person("Henrike Maurer"))), q => q.Kind == QuoteKind.Direct);

    [Theory]
    [InlineData("Der Mann, der jedes Jahr das Grab besucht, ist nur als „der stille Gast vom Friedhof“ bekannt.")]
    [InlineData("Das Lager, von den Bewohnern auch „der Dschungel am Kanal“ genannt, wurde geräumt.")]
    [InlineData("Die Junta, die sich selbst „Rat für eine neue Ordnung im Land“ nennt, regiert seit Mai.")]
    // A translation in brackets right after other marks.
    [InlineData("Die Operation „Cast Lead“ („gegossenes Blei im Winter“) dauerte drei Wochen.")]
    // Words in another script are a name as written; the translation after them, past a few words and a colon, is too.
    [InlineData("In Kasan beginnt am Freitag ein Festival: „Фестиваль великой Волги“ [auf Deutsch: „Festival der großen Wolga“].")]
    public void WordsFollowedByWhatTheyAreCalledAreAName(string text) =>
        Assert.DoesNotContain(QuoteRecognizer.Default.Recognize(text, "de", []), q => q.Kind == QuoteKind.Direct);

    [Fact]
    public void AQuoteInTheArticlesOwnScriptIsStillAQuote()
    {
        var text = "«Мы готовы к переговорам с профсоюзом», — заявил министр транспорта во вторник.";
        Assert.Single(QuoteRecognizer.Default.Recognize(text, "ru", []), q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void WordsAfterSoGenanntAreALabel()
    {
        var text = "Die so genannten „weißen Flecken der Karte“ wachsen, sagte der Verband am Montag.";
        Assert.DoesNotContain(QuoteRecognizer.Default.Recognize(text, "de", []), q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void WordsInLowerCaseACommaApartAreQuotesNotAList()
    {
        var text = "Der Gutachter hatte betont, der Angeklagte sei weder „dissozial“, „noch habe er sich je etwas zuschulden kommen lassen“.";
        Assert.Equal(2, new QuoteRecognizer(keepNestedDirect: true).Recognize(text, "de", []).Count(q => q.Kind == QuoteKind.Direct));
    }

    [Fact]
    public void ASpeechVerbAfterAFragmentMakesItAQuote()
    {
        var text = "Von einer „gezielten Indiskretion“ sprach der Abgeordnete Henrike Maurer am Montag.";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer"))));
        Assert.Equal(("gezielten Indiskretion", "Henrike Maurer"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void MarksACommaApartAreAListOfTitles()
    {
        var text = "Zu den Vorträgen gehörten „Erinnerungen an die alte Bahn“, „Zur Geschichte der Straßenbahnhöfe“ und mehr.";
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, "de", []));
    }

    [Fact]
    public void MarksAroundANamedOrganisationAreNoQuote()
    {
        var text = "Die Organisation „Reporter ohne Grenzen“ hat den Bericht veröffentlicht.";
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Organisation("Reporter ohne Grenzen"))));
    }

    [Fact]
    public void ASentenceInMarksIsAQuoteEvenAfterATitleNoun()
    {
        var text = "Er zitierte den Titel: „Wir haben es geschafft.“";
        Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", []));
    }

    [Theory]
    [InlineData("de", "Der Minister Peter Brandt nannte den Plan „Wortbruch“.", "Wortbruch")]
    [InlineData("de", "Peter Brandt bezeichnete den Vorschlag als „völlig unrealistisch“.", "völlig unrealistisch")]
    [InlineData("en", "Peter Brandt called the plan “reckless” on Monday.", "reckless")]
    [InlineData("fr", "Peter Brandt qualifie le projet de « provocation ».", "provocation")]
    [InlineData("es", "Peter Brandt habló de «tolerancia cero» con el dopaje.", "tolerancia cero")]
    [InlineData("it", "Peter Brandt ha poi definito la gestione «avventata».", "avventata")]
    [InlineData("nl", "Ploegleider Peter Brandt sprak van “nultolerantie”.", "nultolerantie")]
    // Capitalised words a naming cue names are no title.
    [InlineData("de", "Peter Brandt sprach von einer „Gefahr für Leib und Leben“.", "Gefahr für Leib und Leben")]
    public void AWordOrTwoAfterANamingCueAreAQuote(string language, string text, string quoted)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Peter Brandt"))));
        Assert.Equal(quoted, quote.Text);
        Assert.Equal("Peter Brandt", quote.Speaker);
    }

    [Theory]
    [InlineData("Die Ministerin Petra Lenz wies den Vorwurf als „Unverschämtheit“ zurück.", "Unverschämtheit")]
    [InlineData("Der Verband sieht die Maßnahme als „Kapitulation“ vor den Randalierern.", "Kapitulation")]
    [InlineData("Der Rauch wurde als „nebelartig“ beschrieben.", "nebelartig")]
    public void AsBesideANamingVerbNamesTheWords(string text, string quoted) =>
        Assert.Equal(quoted, Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Petra Lenz")))).Text);

    [Theory]
    // A verb of standing gives a category or a reputation, whatever naming verb the sentence holds elsewhere.
    [InlineData("Der Vorfall wurde mit Stufe 1 bewertet und gilt damit nicht als „Störfall“.")]
    // A naming verb after the marks names them only in their own clause.
    [InlineData("Galt der Bischof früher als „Hardliner der Diözese“, wird sein Buch heute positiv bewertet.")]
    public void AsAfterAVerbOfStandingNamesNobodysWords(string text) =>
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, "de", []));

    [Theory]
    [InlineData("Die Bilder der Malerin Petra Lenz werden von Kunstkritikern als „Meilensteine der Moderne“ bezeichnet.", null, "Kunstkritikern")]
    [InlineData("Der Plan wurde von Petra Lenz als „völlig unrealistisch“ bezeichnet.", "Petra Lenz", null)]
    public void InThePassiveTheAgentNamesTheWords(string text, string? speaker, string? words)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Petra Lenz"))));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    [Fact]
    public void ANamingVerbBeforeAnInsertedClauseStillNamesTheWords()
    {
        var text = "Trainerin Petra Lenz bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 20 Fouls gab, als „übertrieben“.";
        Assert.Equal("übertrieben", Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Petra Lenz")))).Text);
    }

    [Theory]
    [InlineData("Auf der Seite ist nur eine Nachricht des „Förderverein Freies Wissen e.V.“ zu sehen.")]
    [InlineData("Ein Vertreter der „nordlicht energie ag“ nannte die Investition strategisch.")]
    // The body a spokesperson speaks for.
    [InlineData("Ein Sprecher der „Polizei von Harwick“, Commander Jo Baird, sagte, das Flugzeug sei kurz nach dem Start abgestürzt.")]
    public void MarkedWordsEndingInALegalFormOrSpokenForAreAName(string text) =>
        Assert.DoesNotContain(QuoteRecognizer.Default.Recognize(text, "de", []), q => q.Kind == QuoteKind.Direct);

    [Theory]
    [InlineData("Der Kardinal galt lange als „Hardliner des Vatikans“.")]
    [InlineData("Die Strafe dient als „Erziehungsmaßnahme“ gegen Schüler.")]
    [InlineData("Der Vorfall gilt damit nicht als „Störfall“.")]
    [InlineData("Sie versuchen, als „blinder Passagier“ nach England zu gelangen.")]
    [InlineData("Die Zahl der Aktien verdreifacht sich. Dies nennt man einen „Aktiensplit“.")]
    public void AsWithNoNamingVerbOrANameForAnyoneIsNoQuote(string text) =>
        Assert.Empty(QuoteRecognizer.Default.Recognize(text, "de", []));

    [Theory]
    [InlineData("de", "Wir haben nichts verschwiegen. Peter Brandt reagierte mit den Worten: „Das ist eine Lüge.“")]
    [InlineData("en", "Nothing was hidden. Peter Brandt answered the critics in one line: “That is a lie.”")]
    [InlineData("fr", "Rien n’a été caché. Peter Brandt a répondu aux critiques en une phrase : « C’est un mensonge. »")]
    public void TheSubjectOfAColonFrameSpeaks(string language, string text) =>
        Assert.Equal("Peter Brandt", Assert.Single(QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Peter Brandt")))).Speaker);

    [Fact]
    public void APronounOpeningAColonFrameIsTheLastPerson()
    {
        var text = "Der Fahrer Jan Kowalski wurde verletzt. Er sagte aus: „Plötzlich zersprang die Scheibe.“";
        Assert.Equal("Jan Kowalski", Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Jan Kowalski")))).Speaker);
    }

    [Fact]
    public void MrDoesNotEndTheSentenceBeforeTheCue()
    {
        var text = "“We are where we need to be,” Mr. Brandt said on Friday.";
        Assert.Equal("Peter Brandt", Assert.Single(QuoteRecognizer.Default.Recognize(text, "en", Of(text, Person("Peter Brandt", "Brandt")))).Speaker);
    }

    [Theory]
    [InlineData("en", "“We are ready,” Claire Martin said. “But not yet, not this year.”")]
    [InlineData("de", "„Wir sind bereit“, sagte Claire Martin. „Aber nicht in diesem Jahr.“")]
    [InlineData("fr", "« Nous sommes prêts », a déclaré Claire Martin. « Mais pas cette année. »")]
    public void AQuoteRightAfterAnAttributedOneGoesOnWithItsSpeaker(string language, string text)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Claire Martin")));
        Assert.Equal(["Claire Martin", "Claire Martin"], quotes.Select(q => q.Speaker));
        Assert.Null(quotes[^1].Cue);
    }

    [Theory]
    [InlineData("de", "Der Streik dauert an. Oberhauser sieht in dem Aufruf „einen Angriff auf die Pendler“ und prüft Schritte.")]
    [InlineData("en", "The strike goes on. Oberhauser sees the call as “an attack on commuters” and weighs steps.")]
    public void AQuoteInsideASentenceWithoutACueIsItsSubjects(string language, string text) =>
        Assert.Equal("Katrin Oberhauser", Assert.Single(QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Katrin Oberhauser", "Oberhauser")))).Speaker);

    [Theory]
    [InlineData("de", "„Die Menschen hier sind traumatisiert und brauchen Hilfe“, sagte Beck.", "Beck")]
    [InlineData("de", "„Die Schule ist in der Landschaft angekommen“, erklärte Kultusministerin Eisenmann.", "Eisenmann")]
    [InlineData("en", "“We played with full commitment today,” said Prokop.", "Prokop")]
    public void ANameTheTaggerMissedAfterTheCueIsTakenAsWritten(string language, string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(QuoteRecognizer.Default.Recognize(text, language, [])).Speaker);

    [Theory]
    [InlineData("de", "„Die Lage ist ernst und wird sich verschärfen“, sagte der Sprecher.")]
    [InlineData("de", "„Die Lage ist ernst und wird sich verschärfen“, sagte Ende Mai Peter Müller.")]
    public void NoWrittenNameFromADeterminerOrALongCapitalisedRun(string language, string text) =>
        Assert.Null(Assert.Single(QuoteRecognizer.Default.Recognize(text, language, [])).Speaker);

    [Theory]
    [InlineData("es", "Yannick Beaulieu habló en Madrid. \"España es un mercado natural para nosotros\", dijo.")]
    [InlineData("it", "Yannick Beaulieu ha parlato a Roma. «Servono dimensioni che da soli non potevamo raggiungere», ha aggiunto.")]
    public void ACueThatEndsTheSentenceSpeaksForTheLastPerson(string language, string text) =>
        Assert.Equal("Yannick Beaulieu", Assert.Single(QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Yannick Beaulieu")))).Speaker);

    [Theory]
    [InlineData("en", "Lumora raised money on Monday. “We want language to never be a border,” the company said in a statement.")]
    [InlineData("de", "Lumora hat Geld eingesammelt. „Sprache soll nie wieder eine Grenze sein“, sagte das Unternehmen.")]
    [InlineData("fr", "Lumora a levé des fonds. « La langue ne doit plus être une frontière », a indiqué l’entreprise.")]
    public void TheCompanyIsTheLastOrganisation(string language, string text) =>
        Assert.Equal("Lumora", Assert.Single(QuoteRecognizer.Default.Recognize(text, language, Of(text, Organisation("Lumora")))).Speaker);

    [Fact]
    public void APlaceAfterTheCueIsSkippedForThePersonAfterIt()
    {
        var text = "« Nous n’avons pas eu le choix », a déclaré dimanche à Francfort le président du syndicat, Rüdiger Stamm.";
        var entities = Of(text, Person("Rüdiger Stamm"), ("Frankfurt", Storyline.Entities.EntityType.Place, "Francfort"));
        Assert.Equal("Rüdiger Stamm", Assert.Single(QuoteRecognizer.Default.Recognize(text, "fr", entities)).Speaker);
    }
}
