using Storyline.Entities;
using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// Speakers read from the clause around a quote rather than from a cue word: the clause after a quote that opens its
/// sentence, whatever its verb, and the subject of a clause that names the quoted words ("X bezeichnete Y als „…“").
/// </summary>
public sealed class QuoteClauseTests
{
    [Theory]
    // Verbs no cue list holds, and a separable verb whose particle ends the clause.
    [InlineData("de", "„Das Eis am Pol schmilzt schneller als gedacht“, fügte Brown hinzu.", "Mike Brown", "Brown")]
    [InlineData("de", "„Wir bleiben bis zum Ende“, meinen die beiden Gründer Jan Giesel und David Perteck.", "Jan Giesel", "Jan Giesel")]
    [InlineData("de", "„Kontraproduktiv waren einige Kollegen“, erinnerte sich Trotnow später.", "Hans Trotnow", "Trotnow")]
    [InlineData("en", "“The bridge will reopen on Friday,” quipped Mayor Jane Holt.", "Jane Holt", "Jane Holt")]
    public void AQuoteThatOpensItsSentenceIsTheWordsOfTheSubjectAfterItsVerb(string language, string text, string speaker, string written)
    {
        var quote = Only(text, language, Person(speaker, written));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void TheSubjectAfterTheVerbIsKeptAsWrittenWhenItNamesNoEntity()
    {
        var quote = Only("„Das Werk in Lahr bleibt offen“, versprach ein Vertreter der Belegschaft.", "de");
        Assert.Null(quote.Speaker);
        Assert.Equal("ein Vertreter der Belegschaft", quote.SpeakerText);
    }

    [Fact]
    public void ASourceThatNamesNobodyDoesNotHideTheVerbBeforeIt()
    {
        // "einigen Teilnehmern zufolge" says who passed the words on; "sagte die Kanzlerin" says who spoke them.
        var quote = Only("In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „Er war ein Stabilisator.“", "de");
        Assert.Equal("sagte", quote.Cue);
        Assert.Equal("die Kanzlerin", quote.SpeakerText);
    }

    [Fact]
    public void ANameInTheClauseAfterTheCueAndACommaIsNoSubject()
    {
        var quote = Only("Der italienische Innenminister zeigte sich besorgt, dass Brancato nun auch im Ausland expandiere: „Das hat es noch nicht gegeben.“",
            "de", Organisation("Brancato"));
        Assert.Null(quote.Speaker);
        Assert.Equal("Der italienische Innenminister", quote.SpeakerText);
    }

    [Fact]
    public void WordsInBracketsRightAfterAPersonAreThatPersons()
    {
        var quote = Only("Viele gratulierten, so auch Jens Stoltenberg und der Leiter der Behörde, Mohammed ElBaradei („Mir fällt niemand ein, der diese Ehre mehr verdient.“).",
            "de", Person("Mohammed ElBaradei"), Person("Jens Stoltenberg"));
        Assert.Equal("Mohammed ElBaradei", quote.Speaker);
    }

    [Fact]
    public void AQuoteInsideItsSentenceIsNotFramedByTheClauseAfterIt()
    {
        // The clause after the comma is the sentence's own ("da …"), not a frame around the quote.
        var quote = Only("Die Kosten seien „mit Vorsicht zu genießen“, da Anna Keller mit dem Doppelten rechne.", "de", Person("Anna Keller"));
        Assert.NotEqual("Anna Keller", quote.Speaker);
    }

    [Theory]
    [InlineData("Die Ministerin Henrike Maurer bezeichnete den Plan von Kestrelwerk als „einen Rückschritt für das ganze Land“.")]
    [InlineData("Henrike Maurer hat das Angebot der Firma Kestrelwerk als „einen Betrieb ohne jedes Gespür für die Region“ abgetan.")]
    public void WhoNamesAThingIsTheSubjectNotTheThingNamed(string text)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"), Organisation("Kestrelwerk"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    [Fact]
    public void ASubjectThatNamesNoEntityIsKeptAsWrittenBeforeANameFurtherOn()
    {
        var quote = Only("Die Landesregierung hatte den Bericht der Zeitung Nordkurier als „völlig falsch und erfunden“ zurückgewiesen.", "de",
            Organisation("Nordkurier"));
        Assert.Null(quote.Speaker);
        Assert.Equal("Die Landesregierung", quote.SpeakerText);
    }

    [Fact]
    public void APronounRightBeforeTheNamingCueIsTheSubject()
    {
        var text = "Henrike Maurer sprach am Montag in Lahr. Deren Haltung zum Werk bezeichnete sie als „naiv und gefährlich für die Region“.";
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
    }

    [Theory]
    [InlineData("en", "Lumora has raised $195 million in a round led by Northgate Ventures. “We want language to never again be a border,” the company said. Lumora sells its earbuds in 22 countries; Lumora was founded in 2019.")]
    [InlineData("de", "Lumora hat 180 Millionen Euro eingesammelt, angeführt von Northgate Ventures. „Sprache soll keine Grenze mehr sein“, teilte das Unternehmen mit. Lumora verkauft in 22 Ländern; Lumora wurde 2019 gegründet.")]
    public void TheCompanyIsTheOneTheArticleIsAboutNotTheLastOneNamed(string language, string text)
    {
        var quote = Only(text, language, Organisation("Lumora"), Organisation("Northgate Ventures"));
        Assert.Equal("Lumora", quote.Speaker);
    }

    [Fact]
    public void TheCompanyNounIsTheOrganisationItIntroduced()
    {
        // The union is named more often, but "la compagnie" introduced the airline.
        var text = "La compagnie aérienne néerlandaise Zeewind et le syndicat BVC ont signé. Le BVC avait appelé à la grève; le BVC "
            + "représente 900 pilotes. La compagnie promet de « regagner la confiance de ses clients ».";
        var quote = Only(text, "fr", Organisation("Zeewind"), Organisation("BVC"));
        Assert.Equal("Zeewind", quote.Speaker);
    }

    [Fact]
    public void ItIsTheLastOrganisationNamed()
    {
        var text = "Lumora raised $195 million; Lumora sells in 22 countries. Northgate Ventures led the round. “We back founders early,” it said.";
        var quote = Only(text, "en", Organisation("Lumora"), Organisation("Northgate Ventures"));
        Assert.Equal("Northgate Ventures", quote.Speaker);
    }

    [Theory]
    [InlineData("Bei der ARD zeigte sich der Bundestrainer nach dem Spiel zufrieden: „Wir haben uns in allen Teilen gesteigert.“")]
    [InlineData("Der Trainer sprach nach dem Spiel mit der ARD: „Wir haben uns in allen Teilen gesteigert.“")]
    public void AnOrganisationAfterAPrepositionIsWhereTheWordsWereSaidNotWhoSaidThem(string text)
    {
        var quote = Only(text, "de", Organisation("ARD"));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void AQuoteItsOwnClauseFramesIsNoContinuationOfTheOneBefore()
    {
        var text = "„Wir bleiben in Lahr“, sagte Henrike Maurer am Montag. „Das Werk ist sicher“, versprach ein Vertreter der Belegschaft.";
        var quotes = Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer")));
        var last = quotes[^1];
        Assert.Null(last.Speaker);
        Assert.Equal("ein Vertreter der Belegschaft", last.SpeakerText);
    }

    [Theory]
    [InlineData("„Wir bedauern den Schritt sehr“, sagte ein Unternehmenssprecher am Montag.", "Kestrelwerk")]
    [InlineData("„Wir bedauern den Schritt sehr“, sagte eine Konzernsprecherin am Montag.", "Kestrelwerk")]
    [InlineData("„Wir bedauern den Schritt sehr“, sagte ein Regierungssprecher am Montag.", null)]
    public void ACompanySpokespersonWrittenAsOneWordSpeaksForTheCompany(string quote, string? speaker)
    {
        var text = "Kestrelwerk schließt sein Werk in Lahr. " + quote;
        var found = Assert.Single(Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", Of(text, Organisation("Kestrelwerk"))));
        Assert.Equal(speaker, found.Speaker);
    }

    // A quote with no cue goes on from the reported speech right before it, not from the older quote whose speaker it took.
    [Fact]
    public void AQuoteWithoutACueGoesOnFromTheReportedSpeechBeforeIt()
    {
        var text = "Ein Ligasprecher sagte, das Verfahren laufe »wie bei jedem anderen Klub«. Auch Gemeinderätin Lieke Boon meldete sich zu Wort. "
            + "Das Stadion gehöre der Stadt, erklärte sie. »Wer entscheidet künftig über dieses Gebäude?«";
        var quotes = Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Lieke Boon")));

        Assert.Equal("Lieke Boon", quotes.Single(q => q.Text.StartsWith("Wer entscheidet", StringComparison.Ordinal)).Speaker);
    }

    // The place where the company's spokesperson spoke is no speaker; the company is, not the alliance named last.
    [Fact]
    public void ACompanySpokespersonInAPlaceSpeaksForTheCompany()
    {
        var text = "Kestrelwerk liefert Drohnen an mehrere Nato-Armeen. „Wir nehmen keinen Einfluss auf die Forschung“, erklärte eine Unternehmenssprecherin in Delft.";
        var quote = Assert.Single(Storyline.Quotes.QuoteRecognizer.Default.Recognize(
            text, "de", Of(text, Organisation("Kestrelwerk"), Organisation("NATO", "Nato"), Place("Delft"))));
        Assert.Equal("Kestrelwerk", quote.Speaker);
    }

    [Theory]
    [InlineData("nl", "‘Stop met opladen en stuur de case naar ons terug’, luidt het advies van Lumora aan klanten.")]
    [InlineData("en", "“Stop charging the case and send it back to us,” according to a statement from Lumora on Monday.")]
    [InlineData("de", "„Laden Sie das Etui nicht mehr auf“, heißt es in einer Mitteilung von Lumora an die Kunden.")]
    public void AStatementSpeaksForTheOrganisationThatMadeIt(string language, string text)
    {
        var quote = Only(text, language, Organisation("Lumora"));
        Assert.Equal("Lumora", quote.Speaker);
    }

    [Theory]
    [InlineData("en", "“He has never run anything bigger than a golf club.” ― Pamela Padilla")]
    [InlineData("fr", "« Nous ouvrirons un bureau à Lyon avant l'été. » — Pamela Padilla, lors d'une conférence.")]
    public void ANameAfterADashSignsTheQuote(string language, string text)
    {
        var quote = Only(text, language, Person("Pamela Padilla"));
        Assert.Equal("Pamela Padilla", quote.Speaker);
    }

    [Theory]
    [InlineData("“This is a deal nobody asked for,” Senator Ruth Okafor demanded on Tuesday.")]
    [InlineData("“Why would anyone sign this?” Senator Ruth Okafor asks.")]
    public void MoreEnglishReportingVerbsNameTheSpeaker(string text)
    {
        var quote = Only(text, "en", Person("Ruth Okafor"));
        Assert.Equal("Ruth Okafor", quote.Speaker);
    }

    [Fact]
    public void TheCueAfterAnInsertionNamesTheSpeakerBeforeIt()
    {
        var text = "“I’ve moved back from the US for this,” Arnaud Fournier, a solutions architect at Lumora who leads the Paris office, tells Sifted.";
        var quote = Only(text, "en", Person("Arnaud Fournier"), Organisation("Lumora"), Organisation("Sifted"));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Arnaud Fournier", quote.Speaker);
    }

    [Fact]
    public void TheSpeakerIsThePersonBeforeTheInsertionNotThePlaceInIt()
    {
        var text = "“We have the votes to override him,” Senator Mitch Carlson of Kentucky, the majority leader, said Tuesday.";
        var quote = Only(text, "en", Person("Mitch Carlson"), ("Kentucky", EntityType.Place, "Kentucky"));
        Assert.Equal("Mitch Carlson", quote.Speaker);
    }

    [Fact]
    public void ATitleInMarksAfterTheCueIsReadPast()
    {
        var quote = Only("„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Jim Lynch in einem Bericht.", "de", Person("Jim Lynch"));
        Assert.Equal("Jim Lynch", quote.Speaker);
    }

    [Fact]
    public void ANameThatClosesAnInsertionIsNotTheSubject()
    {
        var text = "“It is an invasion of the state's domain,” Ruth Calder, the attorney general of Oklahoma, one of the states suing Meridian Power, said.";
        var quote = Only(text, "en", Person("Ruth Calder"), ("Oklahoma", EntityType.Place, "Oklahoma"), Organisation("Meridian Power"));
        Assert.Equal("Ruth Calder", quote.Speaker);
    }

    [Fact]
    public void AFullStopInsideBracketsEndsNoSentence()
    {
        // "(D-Wis.) said": the sentence goes on in lower case after the bracket, so the cue is still in reach.
        var quote = Only("“It is a dog whistle to every voter,” Rep. Dana Whitfield (D-Wis.) said Friday.", "en", Person("Dana Whitfield"));
        Assert.Equal("Dana Whitfield", quote.Speaker);
    }
}
