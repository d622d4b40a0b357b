using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// Who speaks in German frames that name no entity or name one that is not the subject: a subject with a relative clause
/// before a colon, a subject after the verb, a cue ending in an article, a possessive subject, verbs of making clear, and
/// reported speech marked by a subjunctive the lexicon knows.
/// </summary>
public sealed class GermanFrameTests
{
    [Theory]
    // The opening noun phrase is the subject, its relative clause between commas; the name after the verb is an object.
    [InlineData("Die Gutachterin, die seit Jahren für das Amt arbeitet, will nach dem Ende des Verfahrens Braunfeld keine Aufträge mehr annehmen: „Das war mein letzter Fall.“", "Die Gutachterin")]
    [InlineData("Der Kassenwart, ein pensionierter Lehrer, wollte nach dem Rücktritt von Ilse Braunfeld nichts beschönigen: „Das Geld ist weg.“", "Der Kassenwart")]
    public void AnOpeningSubjectOutweighsANameAfterTheVerb(string text, string subject)
    {
        var quote = Only(text, "de", Person("Ilse Braunfeld"), Person("Braunfeld"));
        Assert.Null(quote.Speaker);
        Assert.Equal(subject, quote.SpeakerText);
    }

    [Fact]
    public void ANameRightAfterTheVerbIsAnInvertedSubject()
    {
        var quote = Only("Die Arbeit des Vereins lobte Ilse Braunfeld mit deutlichen Worten: „Ohne euch ginge nichts.“", "de", Person("Ilse Braunfeld"));
        Assert.Equal("Ilse Braunfeld", quote.Speaker);
    }

    [Fact]
    public void APrepositionAfterTheOpeningNounGoesOnWithThePhrase()
    {
        var quote = Only("Jede Verantwortung für die Verluste der Kasse weist Braunfeld von sich: „Ich habe nichts gewusst.“", "de", Person("Ilse Braunfeld", "Braunfeld"));
        Assert.Equal("Ilse Braunfeld", quote.Speaker);
    }

    [Fact]
    public void ASentenceOpeningWithAPrepositionHasItsSubjectAfterTheVerb()
    {
        // "Auf" says where words stand written only with a verb that says so; here the subject follows "rechtfertigte".
        var quote = Only("Auf einer Pressekonferenz, die am Abend stattfand, rechtfertigte das Landesamt die Sperrung als „reine Vorsicht“.", "de");
        Assert.Equal("das Landesamt", quote.SpeakerText);
    }

    [Fact]
    public void APrepositionOfWrittenWordsWithItsVerbStillNamesTheSource()
    {
        // The verb stands after the quote, past a full stop inside the marks.
        var quote = Only("Auf dem Transparent war die Parole „Wir bleiben hier. Alle zusammen gegen den Abriss“ zu lesen.", "de");
        Assert.Equal("Auf dem Transparent", quote.SpeakerText);
    }

    [Theory]
    [InlineData("„Die Lage ist ernst“, so die Feuerwehr.", "die Feuerwehr")]
    [InlineData("„Die Zahlen sprechen für sich“, so der Kämmerer.", "der Kämmerer")]
    [InlineData("„Offenbar ist das Interesse gering.“ so das Fazit der Veranstalter.", "das Fazit der Veranstalter")]
    public void ACueEndingInAnArticleLeavesItToTheSubjectsWords(string text, string words)
    {
        var quote = Only(text, "de");
        Assert.Null(quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    [Fact]
    public void ANounAfterSoDasTakesUpTheBodyItIntroduced()
    {
        var text = "Das Verwaltungsgericht Lindau wies die Klage ab. „Die Frist war verstrichen“, so das Gericht.";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", Of(text, Organisation("Verwaltungsgericht Lindau"))), q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Verwaltungsgericht Lindau", quote.Speaker);
    }

    [Fact]
    public void APossessiveMayOpenTheSubjectAfterASeparableVerb()
    {
        var quote = Only("Nach Berichten über seine Abreise teilte dessen Stellvertreter über die Pläne seines Chefs mit: „Er meldet sich nächste Woche.“", "de");
        Assert.Equal("dessen Stellvertreter", quote.SpeakerText);
    }

    [Fact]
    public void MakingClearIsAReportingVerb()
    {
        var text = "Der Richter Tobias Kranich sprach lange. Das Gericht machte klar, dass „die meisten Zeuginnen keine Interviews gegeben hatten“.";
        var quotes = QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Person("Tobias Kranich")));
        var direct = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Null(direct.Speaker);
        Assert.Equal("Das Gericht", direct.SpeakerText);
        Assert.Equal("machte klar", direct.Cue);
    }

    [Theory]
    // "richte" and "benachteilige" are in no hand-written list: the lexicon made from german-pos-dict knows them.
    [InlineData("Die Kommission führt in ihrem Bericht aus, die Mehrheit der Fälle richte sich gegen Mieter.")]
    [InlineData("Der Verband äußerte sich am Montag in Kassel. Der Entwurf benachteilige die Mieter in Kassel.")]
    public void ASubjunctiveTheLexiconKnowsMarksReportedSpeech(string text)
    {
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(text, "de", []));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Contains("Mieter", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANounSpelledLikeASubjunctiveMarksNothing()
    {
        // "Klage" is klagen's subjunctive in any case but its own; the lexicon leaves nouns out.
        Assert.Empty(QuoteRecognizer.Default.Recognize("Die Klage der Mieter liegt seit Mai beim Landgericht.", "de", []));
    }

    [Fact]
    public void WordsAfterWithTheWordsAreTheSubjectsReportedSpeech()
    {
        var text = "Ilse Braunfeld, die den Verein seit 2009 geführt hatte, verabschiedete sich mit den Worten, sie hinterlasse „eine gesunde Kasse“.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Ilse Braunfeld")));
        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("Ilse Braunfeld", reported.Speaker);
    }

    [Fact]
    public void ASourcePhraseRightBeforeTheMarksOutweighsTheClausesSource()
    {
        var text = "Nach Angaben des Landesamts Sigma soll es sich um eine Werbeaktion handeln, die nach Bewertung von Polizei und Staatsanwaltschaft „keinen Anlass für Ermittlungen“ gebe.";
        var quotes = QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Organisation("Landesamt Sigma", "Landesamts Sigma")));
        var direct = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Null(direct.Speaker);
        Assert.Equal("Polizei", direct.SpeakerText);
        Assert.Equal("nach Bewertung von", direct.Cue);
    }

    [Fact]
    public void ANameAfterAPrepositionAndANounIsNoSubject()
    {
        // Aldrin comes with a preposition, a possessive and a noun; "er" is the subject, and a name in the sentence is not
        // its antecedent however long the sentence runs before the colon.
        var text = "Tom Berning startete am Morgen. Nach einem dreitägigen Flug mit der Kapsel zusammen mit seinen Kollegen Edwin Aldrin und Michael Collins lenkte er am 20. Juli die Landefähre zu einem Landeplatz im Meer der Ruhe auf dem Mond und meldete sich mit den Worten: „Hier ist alles ruhig.“";
        var quote = Only(text, "de", Person("Tom Berning"), Person("Edwin Aldrin"), Person("Michael Collins"));
        Assert.Equal("Tom Berning", quote.Speaker);
    }

    [Fact]
    public void TheNameRightBeforeANamingVerbNamesTheWords()
    {
        var text = "Lena Hartwig, die in der 37. Minute Gelb-Rot sah, nannte ihren Platzverweis „völlig überzogen“, Trainerin Ute Brandl bezeichnete acht Gelbe Karten in einem Spiel als „übertrieben“.";
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Lena Hartwig"), Person("Ute Brandl")));
        Assert.Equal("Ute Brandl", quotes.Single(q => q.Text == "übertrieben").Speaker);
    }

    [Fact]
    public void AReflexiveMayStandBetweenTheVerbAndTheSubjectAfterIt()
    {
        // The sentence opens with where it was said; "hieß es" in the next sentence is no verb of this one's.
        var text = "Auf der Plattform Mastodon zeigte sich die Landesregierung bestürzt und verurteilte den Angriff als „feigen Anschlag“. Weiter hieß es, man stehe an der Seite der Opfer.";
        var quote = QuoteRecognizer.Default.Recognize(text, "de", []).First(q => q.Kind == QuoteKind.Direct);
        Assert.Equal("die Landesregierung", quote.SpeakerText);
    }

    [Theory]
    [InlineData("Die Novelle sei nötig. „Das Gesetz muss so rasch wie möglich kommen“, zitiert das Portal Nordblick den Minister.", null, "den Minister")]
    [InlineData("„Das Gesetz muss so rasch wie möglich kommen“, zitiert die Rheinpost Innenminister Jonas Wendt.", "Jonas Wendt", null)]
    public void AQuotingVerbsObjectSaidTheWords(string text, string? speaker, string? words)
    {
        var quote = Only(text, "de", Person("Jonas Wendt"));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    [Fact]
    public void AQuotingVerbWithNoObjectCreditsItsSubject()
    {
        var quote = Only("„Das Gesetz muss so rasch wie möglich kommen“, zitiert die Rheinpost.", "de");
        Assert.Equal("die Rheinpost", quote.SpeakerText);
    }

    [Fact]
    public void APossessiveAndANounOfSpeechFrameTheOwnersWords()
    {
        // Not the words of Jonas Wendt, whom the frame names after "zu".
        var text = "Ministerin Anna Berg hörte lange zu. Ihr Fazit zu Jonas Wendt: „Wir brauchen mehr Geld für die Schulen.“";
        var quote = Only(text, "de", Person("Anna Berg"), Person("Jonas Wendt"));
        Assert.Equal("Anna Berg", quote.Speaker);
        Assert.Equal("Ihr Fazit", quote.SpeakerSpan?.In(text));
    }

    [Fact]
    public void APossessiveAndANounOfSpeechOpeningTheSentenceFrameTheOwnersWords()
    {
        var text = "Bürgermeister Tom Hale besuchte die Unglücksstelle. Seiner Ansicht nach „erlebt die Stadt ihren schwärzesten Tag“.";
        var quote = Only(text, "de", Person("Tom Hale"));
        Assert.Equal("Tom Hale", quote.Speaker);
        Assert.Equal("Seiner Ansicht", quote.SpeakerSpan?.In(text));
    }

    [Theory]
    // A title in the dative plural ("von den Gutachtern Wendt") introduces no one name: "Der Gutachter" stays words.
    [InlineData("Als Beweis gilt ein Brief, der von den Gutachtern Wendt zugeschrieben wurde.", null, "Der Gutachter")]
    // In the singular it introduces the name, which "Der Gutachter" takes up.
    [InlineData("Den Brief hatte der Gutachter Jonas Wendt im Archiv gefunden.", "Jonas Wendt", null)]
    public void ATitleInThePluralIntroducesNoName(string before, string? speaker, string? words)
    {
        var text = before + " Der Gutachter, der als wichtiger Zeuge gilt, will nach dem Ende des Verfahrens keine Aufträge mehr annehmen: „Das war mein letzter Fall.“";
        var quote = Only(text, "de", Person("Jonas Wendt"), Person("Jonas Wendt", "Wendt"));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    [Theory]
    // A subjunctive sentence goes on with the speaker before it, although it names an organisation: in a noun's genitive
    // attribute the organisation is what the noun belongs to, not who speaks ("vermelden" reports).
    [InlineData("Finanzminister Peer Steinbrück hatte Positives zu vermelden. Erstmals sei die Regierung in der Lage, die Kriterien der EU „aller Voraussicht nach“ einzuhalten.", "Peer Steinbrück")]
    // After a noun of what was said, the genitive names whose words they are.
    [InlineData("Finanzminister Peer Steinbrück sprach zuerst. In einer Erklärung der EU hatte es geheißen: „Es gibt keine schnelle Lösung.“", "European Union")]
    public void AnOrganisationInAGenitiveAttributeIsNoSubject(string text, string speaker)
    {
        var quotes = QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, "de", Of(text, Person("Peer Steinbrück"), Organisation("European Union", "EU")));
        Assert.Equal(speaker, Assert.Single(quotes, q => q.Kind == QuoteKind.Direct).Speaker);
    }

    [Theory]
    // A subordinate clause opens the sentence: the subject follows the main verb, and a name in that clause is none.
    [InlineData("Warum die Hochschule den Fehler nicht bemerkte, dass Ilse Braunfeld abgeschrieben hatte, erklärte die Hochschule so: „Die Gutachter vertrauten ihr.“", "die Hochschule")]
    [InlineData("Weil Ilse Braunfeld nicht erschien, sagte der Vorsitzende: „Wir vertagen uns.“", "der Vorsitzende")]
    public void AfterAnOpeningSubordinateClauseTheSubjectFollowsTheVerb(string text, string subject)
    {
        var quote = Only(text, "de", Person("Ilse Braunfeld"));
        Assert.Null(quote.Speaker);
        Assert.Equal(subject, quote.SpeakerText);
    }

    [Fact]
    public void AfterAnOpeningSubordinateClauseANamedSubjectAfterItsTitleSpeaks()
    {
        var quote = Only(
            "Da die Brauer auf sauberes Wasser angewiesen sind, warnte der Hauptgeschäftsführer des Brauerverbands Nordost, Peter Hahnke, die Politik in einem Brief: „Diese Sicherheit kann verloren gehen.“",
            "de", Organisation("Brauerverband Nordost", "Brauerverbands Nordost"), Person("Peter Hahnke"));
        Assert.Equal("Peter Hahnke", quote.Speaker);
    }

    [Fact]
    public void APersonTitledByABodySpeaksNotTheBody()
    {
        // The comma that would close the apposition is left out; the body's acronym in brackets ends right before the verb.
        var quote = Only("Jana Wirth, Präsidentin des Kanuverbands Nordost (KVN) nannte die Bewerbung „sehr respektabel“.", "de",
            Person("Jana Wirth"), Organisation("Kanuverband Nordost", "Kanuverbands Nordost"), Organisation("Kanuverband Nordost", "KVN"));
        Assert.Equal("Jana Wirth", quote.Speaker);
    }
}
