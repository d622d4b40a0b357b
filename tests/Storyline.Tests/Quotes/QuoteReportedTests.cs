using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// Indirect speech (<see cref="ReportedSpeech"/>): the reported clause as samples/gold/README.md labels it, its speaker,
/// and what is not reported speech (noun objects, commitments, refusals to comment).
/// </summary>
public sealed class QuoteReportedTests
{
    private static IReadOnlyList<Quote> Indirect(string text, string language, params (string, Storyline.Entities.EntityType, string)[] names)
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, names));
        Assert.All(quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
        return [.. quotes.Where(q => q.Kind == QuoteKind.Indirect)];
    }

    [Theory]
    [InlineData("fr", "Marie Dubois a déclaré que l’usine de Douai fermera ses portes en juin.", "l’usine de Douai fermera ses portes en juin", "a déclaré")]
    [InlineData("de", "Marie Dubois erklärte, dass das Werk in Bochum im Juni schließen werde.", "das Werk in Bochum im Juni schließen werde", "erklärte")]
    [InlineData("en", "Marie Dubois said that the plant in Leeds would close in June.", "the plant in Leeds would close in June", "said")]
    [InlineData("en", "Marie Dubois told the BBC that the plant in Leeds would close in June.", "the plant in Leeds would close in June", "told")]
    [InlineData("es", "Marie Dubois explicó que la planta de Vigo cerrará en junio.", "la planta de Vigo cerrará en junio", "explicó")]
    [InlineData("it", "Marie Dubois ha detto che lo stabilimento di Brescia chiuderà a giugno.", "lo stabilimento di Brescia chiuderà a giugno", "ha detto")]
    [InlineData("nl", "Marie Dubois verklaarde dat de fabriek in Gent in juni sluit.", "de fabriek in Gent in juni sluit", "verklaarde")]
    public void TheClauseAfterItsConjunction(string language, string text, string clause, string cue)
    {
        var quote = Assert.Single(Indirect(text, language, Person("Marie Dubois")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    // A clause before the verb that a subordinator of reason or time opens is no reported speech; one a conjunction of
    // reporting opens, or none, is.
    [Theory]
    [InlineData("Da die Brauer auf sauberes Wasser angewiesen sind, warnte Marie Dubois vor dem Vorhaben.", null)]
    [InlineData("Nachdem das Werk geschlossen worden war, erklärte Marie Dubois ihren Rücktritt.", null)]
    [InlineData("Das Werk in Bochum schließe im Juni, erklärte Marie Dubois am Montag.", "Das Werk in Bochum schließe im Juni")]
    [InlineData("Ob das Werk im Juni schließe, sei noch offen, erklärte Marie Dubois am Montag.", "Ob das Werk im Juni schließe, sei noch offen")]
    public void AClauseOfReasonOrTimeBeforeTheVerbIsNoReportedSpeech(string text, string? clause)
    {
        var quotes = Indirect(text, "de", Person("Marie Dubois"));
        Assert.Equal(clause, quotes.SingleOrDefault()?.Text);
    }

    // French names whom a thing is told with "à": "que" after a verb's direct object opens a relative clause of that object.
    [Theory]
    [InlineData("La hausse des loyers confirme l’attrait qu’a Lyon auprès des jeunes actifs.")]
    [InlineData("Marie Dubois a confirmé mardi la nouvelle qu’elle avait apprise la veille.")]
    [InlineData("Marie Dubois a précisé les conditions que la ville devra remplir.")]
    public void ThatAfterAFrenchVerbsObjectIsNoReportedClause(string text) =>
        Assert.Empty(Indirect(text, "fr", Person("Marie Dubois"), Place("Lyon")));

    // A name set off by commas before the verb is its subject, the words before it describe that subject: no clause
    // reported the other way round ("…, a annoncé le syndicat").
    [Theory]
    [InlineData("fr", "Son avocat, Me Marie Dubois, a annoncé une plainte pour blessures involontaires.")]
    [InlineData("it", "Il suo avvocato, Marie Dubois, ha annunciato una denuncia contro ignoti.")]
    [InlineData("en", "Her lawyer, Marie Dubois, announced a lawsuit against the company.")]
    public void ANameInAppositionBeforeTheVerbIsNoReportedClause(string language, string text) =>
        Assert.Empty(Indirect(text, language, Person("Marie Dubois")));

    [Theory]
    [InlineData("Marie Dubois a indiqué à l’AFP que l’usine de Douai fermera en juin.")]
    [InlineData("Marie Dubois a déclaré mardi à la presse que l’usine de Douai fermera en juin.")]
    public void ThatAfterWhomItWasToldIsAReportedClause(string text)
    {
        var quote = Assert.Single(Indirect(text, "fr", Person("Marie Dubois"), Organisation("AFP")));
        Assert.Equal("l’usine de Douai fermera en juin", quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
    }

    // After "said", when it was said and a comma: the rest is a phrase added to the sentence, not the verb's own clause.
    [Fact]
    public void AClauseBeforeItsVerbWithATimeAndAPhraseAfterIt()
    {
        const string text = "Vantor AG has agreed to buy Brennecke Pharma for 6.6 billion euros, the companies said on Monday, in the largest takeover of a drugmaker in a decade.";
        var quote = Assert.Single(Indirect(text, "en", Organisation("Vantor AG"), Organisation("Brennecke Pharma")));
        Assert.Equal("Vantor AG has agreed to buy Brennecke Pharma for 6.6 billion euros", quote.Text);
        Assert.Equal("said", quote.Cue);
    }

    // "El directivo", "le dirigeant": a noun for an executive takes up the last person named, as a pronoun does.
    [Theory]
    [InlineData("es", "El consejero delegado de Vantor, Marie Dubois, habló con analistas. El directivo avanzó que el centro de Parma será la referencia del grupo.")]
    [InlineData("fr", "La directrice générale de Vantor, Marie Dubois, a parlé aux analystes. La dirigeante a indiqué que le centre de Parme deviendrait la référence du groupe.")]
    public void AnExecutivesNounTakesUpThePersonNamedBefore(string language, string text) =>
        Assert.Equal("Marie Dubois", Assert.Single(Indirect(text, language, Person("Marie Dubois"), Organisation("Vantor"))).Speaker);

    // A full stop inside closing marks ends the sentence after the marks: a source phrase in the next sentence reports
    // only that sentence, and the marked words stay a quote of their own.
    [Fact]
    public void AStopInsideClosingMarksEndsTheSentence()
    {
        const string text = "Werkleiter Jan Albers zeigte sich zufrieden. „Wir sind im Plan“, sagte er. „Die Halle steht bis zum Sommer.“ Albers zufolge entstehen 300 Stellen.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Jan Albers")));
        Assert.Contains(quotes, q => q is { Kind: QuoteKind.Direct, Text: "Die Halle steht bis zum Sommer." });
        Assert.Equal("entstehen 300 Stellen", Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect).Text);
    }

    // "said it was "unfit." Then …": the clause holds the marked words and their stop, as it holds them without it.
    [Fact]
    public void AClauseHoldsMarksThatCloseAfterItsStop()
    {
        const string text = "Marie Dubois said the plan was \"rushed and unfair.\" The board meets on Monday.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "en", Of(text, Person("Marie Dubois")));
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.StartsWith("the plan was", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The union walked out on Monday, saying that the offer did not cover inflation.", "the offer did not cover inflation")]
    public void AParticipleReportsItsClause(string language, string text, string clause) =>
        Assert.Equal(clause, Assert.Single(Indirect(text, language)).Text);

    [Theory]
    [InlineData("es", "Marie Dubois advirtió de que la plantilla no descarta movilizaciones en verano.", "la plantilla no descarta movilizaciones en verano")]
    [InlineData("es", "Marie Dubois calcula que el tráfico ha caído un 22 % en un año.", "el tráfico ha caído un 22 % en un año")]
    [InlineData("fr", "Le syndicat de Marie Dubois réclame que l’hôpital engage 45 infirmiers d’ici à l’été.", "l’hôpital engage 45 infirmiers d’ici à l’été")]
    [InlineData("nl", "Marie Dubois wijst erop dat de grondwaterstand sinds 2018 een meter is gedaald.", "de grondwaterstand sinds 2018 een meter is gedaald")]
    public void MoreReportingVerbs(string language, string text, string clause) =>
        Assert.Equal(clause, Assert.Single(Indirect(text, language, Person("Marie Dubois"))).Text);

    // A source phrase that describes a person named next between commas: the clause starts after the name, which speaks.
    [Theory]
    [InlineData("it", "Secondo la sua avvocata, Marie Dubois, la difesa chiederà l’analisi del campione B.", "la difesa chiederà l’analisi del campione B")]
    [InlineData("fr", "Selon son avocate, Marie Dubois, le coureur n’a jamais triché de sa vie.", "le coureur n’a jamais triché de sa vie")]
    public void ASourceDescribingANamedPersonIsThatPerson(string language, string text, string clause) =>
        AssertDuboisSaid(language, text, clause);

    // A verb that opens its sentence with its subject dropped reports the person the text was about.
    [Theory]
    [InlineData("it", "Il presidente Marie Dubois ha parlato ieri a Genova. Ha aggiunto che nessuna linea sarà soppressa.", "nessuna linea sarà soppressa")]
    [InlineData("es", "Marie Dubois habló ayer con este periódico desde Ávila. Dijo que no ha dormido desde el lunes.", "no ha dormido desde el lunes")]
    public void ADroppedSubjectIsThePersonBefore(string language, string text, string clause) =>
        AssertDuboisSaid(language, text, clause);

    // The text's one reported clause, credited to Marie Dubois.
    private static void AssertDuboisSaid(string language, string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, language, Person("Marie Dubois")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
    }

    [Theory]
    [InlineData("en", "Nordwind said on Tuesday it had raised 40 million euros from new investors.", "it had raised 40 million euros from new investors")]
    [InlineData("fr", "Nordwind a annoncé mardi avoir levé 40 millions d’euros auprès de nouveaux investisseurs.", "avoir levé 40 millions d’euros auprès de nouveaux investisseurs")]
    [InlineData("de", "Nordwind hat am Dienstag bekanntgegeben, 40 Millionen Euro bei neuen Investoren eingesammelt zu haben.", "40 Millionen Euro bei neuen Investoren eingesammelt zu haben")]
    [InlineData("es", "Nordwind asegura haber captado 40 millones de euros de nuevos inversores.", "haber captado 40 millones de euros de nuevos inversores")]
    public void TheClauseRightAfterTheVerbOrAsAnInfinitive(string language, string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Nordwind", quote.Speaker);
    }

    [Theory]
    [InlineData("Nordwind said flights on Saturday would operate normally.", "flights on Saturday would operate normally")]
    [InlineData("Nordwind says most pilots have already returned to work.", "most pilots have already returned to work")]
    [InlineData("Analysts at Nordwind say fares will rise by a tenth next year.", "fares will rise by a tenth next year")]
    public void ALowerCaseSubjectOpensTheClauseWhenAFiniteVerbSoonFollows(string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, "en", Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
    }

    [Theory]
    [InlineData("The court ruled that the transfer of the data was unlawful.", "the transfer of the data was unlawful")]
    [InlineData("Nordwind acknowledged that the new cell is heavier than planned.", "the new cell is heavier than planned")]
    [InlineData("Nordwind maintains that the purchase was made in good faith.", "the purchase was made in good faith")]
    public void MoreVerbsThatTakeAThatClause(string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, "en", Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
    }

    [Theory]
    [InlineData("es", "Nordwind cree que Aragón podría atraer parte de esa producción.", "Aragón podría atraer parte de esa producción")]
    [InlineData("it", "Nordwind ha assicurato che tutti i feriti sono assistiti.", "tutti i feriti sono assistiti")]
    [InlineData("nl", "Nordwind stelt dat de staking per dag ruim 6 miljoen euro kost.", "de staking per dag ruim 6 miljoen euro kost")]
    [InlineData("fr", "Nordwind a fait savoir que l’œuvre pourrait rester exposée trois ans.", "l’œuvre pourrait rester exposée trois ans")]
    [InlineData("de", "Nordwind kündigte an, die Preise würden im Herbst steigen.", "die Preise würden im Herbst steigen")]
    [InlineData("nl", "De staking kost per dag ruim 6 miljoen euro, aldus Nordwind.", "De staking kost per dag ruim 6 miljoen euro")]
    [InlineData("de", "Nordwind hob hervor, dass die Preise im Herbst steigen würden.", "die Preise im Herbst steigen würden")]
    [InlineData("de", "Nordwind meldete, die Preise würden im Herbst steigen.", "die Preise würden im Herbst steigen")]
    public void ReportingVerbsOfEveryLanguage(string language, string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Nordwind", quote.Speaker);
    }

    [Theory]
    // The attribution closes the sentence: "…, so die Gewerkschaft." Marked words inside stay the clause's.
    [InlineData("Der Fahrplan sei „kaum zu halten“, weil seit dem Frühjahr 40 Lokführer im Depot Kassel fehlten, so die Nordwind.",
        "Der Fahrplan sei „kaum zu halten“, weil seit dem Frühjahr 40 Lokführer im Depot Kassel fehlten")]
    [InlineData("Der Flugplan werde ab Montag wieder eingehalten, so der Konzern Nordwind.", "Der Flugplan werde ab Montag wieder eingehalten")]
    public void AGermanClauseBeforeSoAndItsSourceIsReported(string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, "de", Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Nordwind", quote.Speaker);
        Assert.StartsWith("so d", quote.Cue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Pour Marie Dubois, présidente du syndicat, les pilotes ont obtenu l’essentiel.", "les pilotes ont obtenu l’essentiel")]
    [InlineData("it", "Per la giudice Marie Dubois, una semplice spunta non basta.", "una semplice spunta non basta")]
    public void APrepositionBeforeAPersonAndACommaIsASource(string language, string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, language, Person("Marie Dubois")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
    }

    [Theory]
    [InlineData("fr", "Pour la première fois, Nordwind a réalisé un bénéfice.")]
    [InlineData("fr", "Nordwind a levé 40 millions pour Marie Dubois, sa fondatrice, qui veut grandir.")]
    [InlineData("en", "For Nordwind, the deal was a turning point.")]
    public void APrepositionBeforeNoPersonIsNoSource(string language, string text) =>
        Assert.Empty(Indirect(text, language, Organisation("Nordwind"), Person("Marie Dubois")));

    [Fact]
    public void AVerbWhoseObjectHoldsAQuoteDoesNotCloseTheClauseBeforeIt()
    {
        const string text = "La direction propose 5 %. Sa directrice, Katrin Oberhauser, a jugé l’appel « totalement disproportionné ».";

        Assert.Empty(Indirect(text, "fr", Person("Katrin Oberhauser")));
    }

    [Theory]
    [InlineData("es", "El Museo Larrañaga devolverá el óleo. El museo sostiene que la compra se hizo de buena fe.", "Museo Larrañaga")]
    [InlineData("en", "The ruling came from the Hamburg Regional Court on Tuesday. The court said the data had been sold.", "Hamburg Regional Court")]
    // The noun after the clause, found as the words beside the cue.
    [InlineData("en", "The ruling came from the Hamburg Regional Court on Tuesday. Each user is entitled to €250, the court said.", "Hamburg Regional Court")]
    [InlineData("fr", "Le Tribunal de Lyon a statué mardi. Chaque utilisateur recevra 250 euros, a précisé le tribunal.", "Tribunal de Lyon")]
    // A name in another language, the noun's ending alone differing.
    [InlineData("en", "The Museo Larrañaga will return the painting. According to the museum, the dealer worked for the occupiers.", "Museo Larrañaga")]
    // Where nouns are capitalised, the compound that ends in the noun; the noun alone does not take up a compound it opens.
    [InlineData("de", "Die Bürgerinitiative Klares Wasser Lausitz ist empört. Die Initiative erklärte, sie werde vor Gericht ziehen.", "Bürgerinitiative Klares Wasser Lausitz")]
    [InlineData("de", "Das Bundesverwaltungsgericht hat entschieden. Das Gericht erklärte, der Einsatz sei rechtswidrig gewesen.", "Bundesverwaltungsgericht")]
    public void ANounTakesUpTheNameItIsPartOf(string language, string text, string speaker)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation(speaker)));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Bei einem Treffen der Verteidigungsminister in Finnland sagte Franz Josef Jung, dass der Einsatz bald ende.", "Finland", "Finnland")]
    [InlineData("Auf der Kundgebung am Potsdamer Platz erklärte Franz Josef Jung, dass er stolz auf die Teilnehmer sei.", "Potsdamer Platz", "Potsdamer Platz")]
    public void APlaceThatOpensTheSentenceAsWhereItWasSaidDoesNotSpeak(string text, string place, string written)
    {
        var quote = Assert.Single(Indirect(text, "de", Person("Franz Josef Jung"), Place(place, written)));
        Assert.Equal("Franz Josef Jung", quote.Speaker);
    }

    [Fact]
    public void APlaceAfterTheSpeakersNounStaysInTheWordsShown()
    {
        const string text = "Die Hilfe wurde abgelehnt. Ein Regierungssprecher in Berlin sagte, dass der Airbus zurückkehren musste.";

        var quote = Assert.Single(Indirect(text, "de", Place("Berlin")));
        Assert.Null(quote.Speaker);
        Assert.Equal("Ein Regierungssprecher in Berlin", quote.SpeakerText);
    }

    [Fact]
    public void TheWordsAfterASourceWordEndBeforeTheVerbThatFollowsThem()
    {
        // Dutch puts the verb right after "volgens X" with no comma between.
        const string text = "Nordwind schrapt 380 vluchten. Volgens de vakbond is het overleg over een nieuwe cao vastgelopen.";

        var quote = Assert.Single(Indirect(text, "nl", Organisation("Nordwind")));
        Assert.Null(quote.Speaker);
        Assert.Equal("de vakbond", quote.SpeakerText);
    }

    [Fact]
    public void ASpokespersonSpeaksForNoOutletAStatementWasMadeTo()
    {
        const string text = "Noordwind cancelled 380 flights. “We want a fair pension,” Verschoor told Dutch daily Dagblad Randstad. A spokesperson said the airline had asked for a mediator.";

        var quote = Assert.Single(Indirect(text, "en", Organisation("Noordwind"), Person("Maud Verschoor", "Verschoor"), Organisation("Dagblad Randstad")));
        Assert.Equal("Noordwind", quote.Speaker);
    }

    [Fact]
    public void ANounNoNameHasStaysWords()
    {
        const string text = "Nordwind opened an office in Leeds. The union said the talks had failed.";

        var quote = Assert.Single(Indirect(text, "en", Organisation("Nordwind")));
        Assert.Null(quote.Speaker);
        Assert.Equal("The union", quote.SpeakerText);
    }

    [Theory]
    [InlineData("de", "Ein Streik koste die Wirtschaft 50 Millionen Euro am Tag, erklärte Nordwind.", "Ein Streik koste die Wirtschaft 50 Millionen Euro am Tag")]
    [InlineData("fr", "Les trains entre Lille et Bruxelles seront supprimés jeudi, a annoncé Nordwind.", "Les trains entre Lille et Bruxelles seront supprimés jeudi")]
    [InlineData("en", "Nordwind opened its office in Leeds. The site will employ 80 engineers by December, the company said.", "The site will employ 80 engineers by December")]
    public void TheClauseBeforeAVerbThatClosesTheSentence(string language, string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Nordwind", quote.Speaker);
    }

    [Theory]
    [InlineData("fr", "Selon Nordwind, environ 20 % des trains circulaient mardi.", "environ 20 % des trains circulaient mardi", "Nordwind")]
    [InlineData("fr", "Environ 3 000 voyageurs prennent ce train chaque jour, selon Nordwind.", "Environ 3 000 voyageurs prennent ce train chaque jour", "Nordwind")]
    [InlineData("en", "Around 4,000 people marched through Leeds on Wednesday, according to Nordwind, demanding higher wages.", "Around 4,000 people marched through Leeds on Wednesday, according to Nordwind, demanding higher wages", "Nordwind")]
    [InlineData("de", "Nach Angaben von Nordwind sind mehr als 50.000 Geräte betroffen.", "sind mehr als 50.000 Geräte betroffen", "Nordwind")]
    [InlineData("nl", "Volgens Nordwind rijden er woensdag geen treinen naar Gent.", "rijden er woensdag geen treinen naar Gent", "Nordwind")]
    // Whose view or assessment the clause gives is its source too.
    [InlineData("de", "Nach Ansicht von Nordwind ist damit noch keine Entscheidung gefallen.", "ist damit noch keine Entscheidung gefallen", "Nordwind")]
    [InlineData("de", "Nach Einschätzung von Nordwind dauert die Reparatur zwei Wochen.", "dauert die Reparatur zwei Wochen", "Nordwind")]
    public void TheClauseOfASourcePhrase(string language, string text, string clause, string speaker)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation("Nordwind")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void GermanSubjunctiveGoesOnWithTheSpeakerBefore()
    {
        var text = "„Wir sind zu Gesprächen bereit“, sagte Marie Dubois. Der Konzern prüfe rechtliche Schritte. Die Bahn fährt wieder.";
        var quote = Assert.Single(Indirect(text, "de", Person("Marie Dubois")));
        Assert.Equal("Der Konzern prüfe rechtliche Schritte", quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void ASubjunctiveSentenceRightAfterAQuoteThatEndsInsideItsMarksGoesOnWithIt()
    {
        // The full stop is glued to the closing mark, so the quote and the sentence after it read as one.
        var text = "„Die Ursache ist unklar“, sagte Marie Dubois. „Wir wissen nur, dass der Druck stieg. Alles andere wäre Spekulation.“ "
            + "Das Feuer sei gegen 11 Uhr unter Kontrolle gewesen.";
        var quote = Assert.Single(Indirect(text, "de", Person("Marie Dubois")));
        Assert.Equal("Das Feuer sei gegen 11 Uhr unter Kontrolle gewesen", quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
    }

    [Theory]
    [InlineData("„Das ist ein Erfolg“, sagte Marie Dubois. Für Kleinwagen würde die Zelle völlig reichen.", "Für Kleinwagen würde die Zelle völlig reichen")]
    [InlineData("„Es gab einen Knall“, sagte Marie Dubois. Die Fenster hätten gewackelt.", "Die Fenster hätten gewackelt")]
    // Konjunktiv I of verbs beyond sein and haben.
    [InlineData("„Das Urteil ist falsch“, sagte Marie Dubois. Ein Häkchen im Formular reiche dafür nicht aus.", "Ein Häkchen im Formular reiche dafür nicht aus")]
    [InlineData("„Wir sind vorsichtig“, sagte Marie Dubois. Die Regel gelte auch für Teile von Duisburg.", "Die Regel gelte auch für Teile von Duisburg")]
    public void MoreGermanSubjunctives(string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, "de", Person("Marie Dubois")));
        Assert.Equal(clause, quote.Text);
        Assert.Equal("Marie Dubois", quote.Speaker);
    }

    [Fact]
    public void AConditionalIsNoReportedSpeech()
    {
        const string text = "„Wir wachsen schneller als geplant“, sagte Marie Dubois. Nordwind wäre damit eines der wenigen Einhörner im Land.";

        Assert.Empty(Indirect(text, "de", Person("Marie Dubois"), Organisation("Nordwind")));
    }

    [Fact]
    public void AVerbSplitAroundItsSubjectClosesTheClause()
    {
        const string text = "Zwei Männer seien schwer verletzt worden, teilte Nordwind mit.";

        var quote = Assert.Single(Indirect(text, "de", Organisation("Nordwind")));
        Assert.Equal("Zwei Männer seien schwer verletzt worden", quote.Text);
        Assert.Equal("Nordwind", quote.Speaker);
    }

    [Fact]
    public void MarksInsideAClauseStayInsideOneIndirectQuote()
    {
        var text = "Marie Dubois said the company had received \"over 4,000 applications\" for the first wave of roles.";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "en", Of(text, Person("Marie Dubois"))));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the company had received \"over 4,000 applications\" for the first wave of roles", quote.Text);
    }

    [Fact]
    public void NestedDirectQuotesAreKeptOnRequest()
    {
        var text = "Marie Dubois sagte, der Konzern trage „die volle Verantwortung für den Ausfall“ im Netz.";
        var quotes = new QuoteRecognizer(keepNestedDirect: true).Recognize(text, "de", Of(text, Person("Marie Dubois")));
        Assert.Equal([QuoteKind.Indirect, QuoteKind.Direct], quotes.Select(q => q.Kind));
    }

    [Theory]
    [InlineData("Marie Dubois sagte, der Konzern trage die „volle Verantwortung“ für den Ausfall.", "volle Verantwortung")]
    [InlineData("Nach dem Ausfall sei die Lage „alarmierend“, sagte Marie Dubois.", "alarmierend")]
    public void ALowerCaseFragmentInAReportedClauseIsKeptOnRequest(string text, string fragment)
    {
        var nested = new QuoteRecognizer(keepNestedDirect: true).Recognize(text, "de", Of(text, Person("Marie Dubois")));
        Assert.Contains(nested, q => q.Kind == QuoteKind.Direct && q.Text == fragment);
        Assert.DoesNotContain(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Marie Dubois"))), q => q.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Lumora, which makes translating earbuds, said on Tuesday it had raised 180 million euros from investors.", "it had raised 180 million euros from investors", "Lumora")]
    [InlineData("Marie Dubois, a partner at Northgate Ventures who will join Lumora's board, said the fund had looked at every serious player.", "the fund had looked at every serious player", "Marie Dubois")]
    public void AVerbAfterAnInsertionReportsTheClauseAfterIt(string text, string clause, string speaker)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "en", Of(text, Person("Marie Dubois"), Organisation("Lumora"), Organisation("Northgate Ventures"))));
        Assert.Equal((QuoteKind.Indirect, clause, speaker), (quote.Kind, quote.Text, quote.Speaker));
    }

    [Theory]
    [InlineData("fr", "Les TGV vers Francfort seront supprimés de mardi à jeudi, a annoncé la SNCF, en raison d'une grève des conducteurs qui doit durer trois jours.", "Les TGV vers Francfort seront supprimés de mardi à jeudi")]
    [InlineData("de", "Ein Bahnstreik koste die Volkswirtschaft bis zu 100 Millionen Euro pro Tag, erklärte ein Verband der Verlader, vor allem die Chemie sei auf die Güterzüge angewiesen.", "Ein Bahnstreik koste die Volkswirtschaft bis zu 100 Millionen Euro pro Tag")]
    public void AClauseBeforeItsVerbStandsWhenTheSentenceGoesOnAfterTheSubject(string language, string text, string clause)
        => AssertOnlyClause(text, language, clause);

    [Fact]
    public void ZoAndAVerbAfterTheCommaReportTheSentenceBefore() => AssertOnlyClause(
        "Kestrova gaat in hoger beroep tegen de uitspraak, zo laat het bedrijf uit Rotterdam weten.", "nl",
        "Kestrova gaat in hoger beroep tegen de uitspraak");

    [Fact]
    public void APluralPresentVerbAfterWieReportsTheSentenceBefore() => AssertOnlyClause(
        "Reisende haben Anspruch auf eine Entschädigung von bis zu 400 Euro, wie Verbraucherschützer betonen.", "de",
        "Reisende haben Anspruch auf eine Entschädigung von bis zu 400 Euro");

    [Fact]
    public void ALowerCaseFragmentAfterASpeechVerbIsAQuote()
    {
        var text = "Yannick Beaulieu, le directeur technique, a reconnu un « raté industriel » lundi à Lyon.";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "fr", Of(text, Person("Yannick Beaulieu"))));
        Assert.Equal((QuoteKind.Direct, "raté industriel"), (quote.Kind, quote.Text));
    }

    [Theory]
    [InlineData("nl", "Volgens het bedrijf gaat het om ruim 47.000 exemplaren in heel Europa.", "gaat het om ruim 47.000 exemplaren in heel Europa")]
    [InlineData("de", "Laut einer Studie steigen die Preise im Herbst weiter.", "steigen die Preise im Herbst weiter")]
    [InlineData("nl", "Volgens het bedrijf gaat het om 47.000 exemplaren; hoeveel daarvan in België zijn verkocht, is niet bekend.", "gaat het om 47.000 exemplaren")]
    public void ASourcePhraseWithoutACommaEndsAtTheVerb(string language, string text, string clause)
        => AssertOnlyClause(text, language, clause);

    [Theory]
    [InlineData("Verbraucherschützer raten Besitzern, die Seriennummer auf dem Etui zu prüfen.", "die Seriennummer auf dem Etui zu prüfen")]
    [InlineData("Am Montag sagte Maurer, die Lage sei ernst.", "die Lage sei ernst")]
    public void ACapitalisedWordAndACommaAfterTheVerbAreNotTheClause(string text, string clause)
        => AssertOnlyClause(text, "de", clause);

    [Theory]
    // After the verb and a comma, an infinitive clause whatever word opens it.
    [InlineData("de", "Der Fahrer gab an, zuvor nur zwei Gläser Wein getrunken zu haben.", "zuvor nur zwei Gläser Wein getrunken zu haben")]
    [InlineData("de", "Die Stadt Kornbach forderte die Anwohner am Abend auf, Fenster und Türen geschlossen zu halten.", "Fenster und Türen geschlossen zu halten")]
    [InlineData("de", "Der Bürgermeister bat die Besucher, das Gelände über den Nordeingang zu verlassen.", "das Gelände über den Nordeingang zu verlassen")]
    [InlineData("nl", "De vakbond liet weten, volgende week opnieuw met de directie te praten.", "volgende week opnieuw met de directie te praten")]
    // An infinitive right after the verb, past days, times of day and "di".
    [InlineData("it", "La Regione ha annunciato mercoledì di aver chiuso il bilancio in attivo.", "aver chiuso il bilancio in attivo")]
    [InlineData("fr", "Les deux sociétés ont annoncé lundi matin avoir signé un accord de principe.", "avoir signé un accord de principe")]
    // The same after a subject that ends in an apposition and its comma.
    [InlineData("fr", "Le transporteur et le syndicat de ses pilotes, la BVC, ont annoncé lundi avoir signé un accord.", "avoir signé un accord")]
    // A few words of the verb's own before the comma, then a clause in the subjunctive.
    [InlineData("de", "Ein Sprecher erklärte gegenüber Journalisten jedoch, die Messwerte seien unbedenklich.", "die Messwerte seien unbedenklich")]
    public void AnInfinitiveOrSubjunctiveClauseAfterTheVerbsOwnWordsAndAComma(string language, string text, string clause)
        => AssertOnlyClause(text, language, clause);

    [Theory]
    [InlineData("Der Minister erklärte gestern seinen Rücktritt, der die Koalition überraschte.")]
    [InlineData("Die Polizei bat um Hinweise, die zur Aufklärung beitragen.")]
    public void AClauseAfterTheVerbsObjectIsNoReportedSpeechWithoutSubjunctiveOrInfinitive(string text) =>
        Assert.Empty(Indirect(text, "de"));

    [Theory]
    [InlineData("nl", "“Het was nodig”, zei rechter Anne Visser. Een vinkje is volgens haar niet genoeg.", "Anne Visser")]
    [InlineData("nl", "“Het was nodig”, zei rechter Jan Visser. Volgens hem is een vinkje niet genoeg.", "Jan Visser")]
    [InlineData("fr", "« C’était nécessaire », a déclaré le juge Jan Visser. Selon lui, la hausse sera temporaire.", "Jan Visser")]
    [InlineData("de", "„Es war nötig“, sagte Richter Jan Visser. Ihm zufolge sei der Schaden gering.", "Jan Visser")]
    [InlineData("en", "“It was necessary,” said judge Jan Visser. According to him, the repairs will take a week.", "Jan Visser")]
    public void AnObjectPronounAfterASourcePhraseTakesUpTheLastSpeaker(string language, string text, string speaker)
    {
        var quote = Assert.Single(Indirect(text, language, Person(speaker)));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("de", "Die Fähre nach Helgoland fährt bis Ende Mai nicht. Das sagte Bürgermeisterin Hanne Liebscher am Montag.",
        "Die Fähre nach Helgoland fährt bis Ende Mai nicht", "Hanne Liebscher")]
    [InlineData("nl", "De veerdienst tussen Vlissingen en Breskens ligt vanaf maandag stil. Dat heeft vervoerder Westerschelde Ferry zondag bekendgemaakt.",
        "De veerdienst tussen Vlissingen en Breskens ligt vanaf maandag stil", "Westerschelde Ferry")]
    [InlineData("es", "El puerto cerrará la terminal norte durante dos semanas. Así lo anunció este martes la presidenta del puerto, Marta Iglesias.",
        "El puerto cerrará la terminal norte durante dos semanas", "Marta Iglesias")]
    public void ASentenceThatSaysWhoToldTheOneBeforeMakesItReportedSpeech(string language, string text, string clause, string speaker)
    {
        var quote = Assert.Single(Indirect(text, language, Person("Hanne Liebscher"), Person("Marta Iglesias"), Organisation("Westerschelde Ferry")));
        Assert.Equal((clause, speaker), (quote.Text, quote.Speaker));
    }

    // When it was said may stand between the verb and the organisation that said it.
    [Theory]
    [InlineData("it", "Il traghetto per Capri resta fermo fino a maggio. Lo ha comunicato ieri la Navigazione Libera, che gestisce la linea.",
        "Il traghetto per Capri resta fermo fino a maggio")]
    [InlineData("nl", "De veerdienst tussen Vlissingen en Breskens ligt vanaf maandag stil. Dat bevestigde de Navigazione Libera zondag.",
        "De veerdienst tussen Vlissingen en Breskens ligt vanaf maandag stil")]
    public void AnOrganisationAfterWhenItWasSaidToldTheSentenceBefore(string language, string text, string clause)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation("Navigazione Libera")));
        Assert.Equal((clause, "Navigazione Libera"), (quote.Text, quote.Speaker));
    }

    [Theory]
    [InlineData("de", "Laut der dänischen Staatsbahn Nordbane fallen am Montag 40 Züge aus.")]
    [InlineData("en", "According to the Danish state railway Nordbane, 40 trains will be cancelled on Monday.")]
    public void ASourcePhraseNamesItsOrganisationWhereverInThePhrase(string language, string text)
    {
        var quote = Assert.Single(Indirect(text, language, Organisation("Nordbane")));
        Assert.Equal("Nordbane", quote.Speaker);
    }

    [Fact]
    public void TheCompanyInTheGenitiveIsTheOneTheArticleIsAbout()
    {
        var text = "Der Reedereikonzern Kalvora streicht 300 Stellen. Nach Angaben des Unternehmens sind vor allem die Werften in Kiel betroffen.";
        var quote = Assert.Single(Indirect(text, "de", Organisation("Kalvora")));
        Assert.Equal("Kalvora", quote.Speaker);
    }

    // A comma between digits is a decimal mark, not the end of the source phrase; findings, estimates and reports are sources.
    [Theory]
    [InlineData("Nach Angaben von Fahrgastverbänden sind an einem Werktag rund 1,5 Millionen Menschen unterwegs.", "sind an einem Werktag rund 1,5 Millionen Menschen unterwegs")]
    [InlineData("Nach Schätzungen von Fahrgastverbänden sind an einem Werktag rund 1,5 Millionen Menschen unterwegs.", "sind an einem Werktag rund 1,5 Millionen Menschen unterwegs")]
    [InlineData("Nach Erkenntnissen der Ermittler war der Heizlüfter die ganze Nacht gelaufen.", "war der Heizlüfter die ganze Nacht gelaufen")]
    public void ASourcePhraseOpensTheClause(string text, string clause) => AssertOnlyClause(text, "de", clause);

    // "zu" inside the infinitive after a separable prefix marks it as well as "zu" before it.
    [Theory]
    [InlineData("Die Betriebsrätin verlangte, die Zusagen schriftlich festzuhalten.", "die Zusagen schriftlich festzuhalten")]
    [InlineData("Der Verteidiger kündigte an, Revision einzulegen.", "Revision einzulegen")]
    public void AnInfinitiveWithItsMarkerInsideIsTheClause(string text, string clause) => AssertOnlyClause(text, "de", clause);

    [Fact]
    public void AnOpenerWithoutAReportingVerbReportsNothing() =>
        Assert.Empty(Indirect("Die Fähre fährt im Winter jeden Tag. Das gab es noch nie.", "de"));

    // The sentence holds one quote, the reported clause given.
    private static void AssertOnlyClause(string text, string language, string clause)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, language, []));
        Assert.Equal((QuoteKind.Indirect, clause), (quote.Kind, quote.Text));
    }

    [Fact]
    public void MarkedWordsTheVerbFollowsAreItsSubjectUnlessAPhraseHoldsThem()
    {
        var nested = new QuoteRecognizer(keepNestedDirect: true);
        const string outlet = "Wie „zeit online“ meldet, will das Ministerium die Daten ein Jahr länger speichern.";
        Assert.DoesNotContain(nested.Recognize(outlet, "de", []), q => q.Kind == QuoteKind.Direct);

        // The verb comes second after a phrase: the marked words are the speaker's.
        const string phrase = "Von einer „gezielten Täuschung“ sprach der Abgeordnete Marc Weber.";
        var quote = Assert.Single(nested.Recognize(phrase, "de", Of(phrase, Person("Marc Weber"))));
        Assert.Equal(("gezielten Täuschung", "Marc Weber"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void AFragmentWithoutSpeechAroundIsNoQuote()
    {
        var text = "Der Konzern baut in Lahr eine „neue Halle“ für die Montage.";
        Assert.Empty(new QuoteRecognizer(keepNestedDirect: true).Recognize(text, "de", []));
    }

    [Fact]
    public void TwoClausesWithTheirOwnConjunctionsAreTwoQuotes()
    {
        var text = "A spokesperson for Nordwind said on Monday that the repairs were on track and that no new faults had been found.";
        var quotes = Indirect(text, "en", Organisation("Nordwind"));
        Assert.Equal(["the repairs were on track", "no new faults had been found"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Nordwind", q.Speaker));
    }

    [Theory]
    [InlineData("en", "“We will not give up,” said Marie Dubois, the union’s leader.")]
    [InlineData("de", "„Wir geben nicht auf“, sagte Marie Dubois am Sonntag in Köln.")]
    [InlineData("fr", "Marie Dubois a déclaré : « Nous ne céderons pas sur les salaires. »")]
    public void ADirectQuoteAndItsAttributionAreNoIndirectQuote(string language, string text)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Marie Dubois"))));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("de", "Branchenkreise beziffern die Bewertung auf 1,2 Milliarden Euro.")]
    [InlineData("fr", "Nordwind a annoncé le rachat d’un concurrent lyonnais pour 30 millions d’euros.")]
    [InlineData("fr", "Les deux sociétés estiment des synergies de 300 millions d’euros par an.")]
    [InlineData("en", "Marie Dubois told reporters on Monday.")]
    [InlineData("en", "Marie Dubois said on a call with analysts.")]
    [InlineData("en", "Marie Dubois said in a statement issued late on Monday evening that was brief.")]
    [InlineData("en", "The deal needs clearance under Italy's golden power rules that allow Rome to block it.")]
    [InlineData("es", "Los firmantes se comprometen a reducir las pérdidas de agua un 30 %.")]
    [InlineData("fr", "Les signataires promettent aussi de réduire les fuites de moitié.")]
    [InlineData("en", "Nordwind declined to comment on the report.")]
    [InlineData("fr", "La société n’a pas souhaité commenter ces informations.")]
    [InlineData("de", "Wie viele Geräte in Deutschland verkauft wurden, wollte Nordwind nicht sagen.")]
    [InlineData("de", "Nach Informationen dieser Redaktion plant Nordwind einen Stellenabbau.")]
    [InlineData("fr", "Le défaut proviendrait d’un lot de cellules défectueuses.")]
    public void NotReportedSpeech(string language, string text) => Assert.Empty(Indirect(text, language, Organisation("Nordwind")));
}
