using Storyline.Quotes;

namespace Storyline.Tests.Quotes;

/// <summary>Direct quotes in each language's marks: spans without the marks, long quotes, nested quotes, scare quotes left out.</summary>
public sealed class QuoteMarksTests
{
    // The direct quotes: these tests are about marks; reported speech around them is QuoteReportedTests' concern.
    private static IReadOnlyList<Quote> Quotes(string text, string language = "en")
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, []);
        Assert.All(quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
        return [.. quotes.Where(q => q.Kind == QuoteKind.Direct)];
    }

    [Theory]
    [InlineData("fr", "Le ministre a prévenu : « Nous ne céderons pas sur les retraites. » La séance a été levée.", "Nous ne céderons pas sur les retraites.")]
    [InlineData("fr", "Elle a répondu : «Nous ne céderons pas.» Puis elle est partie.", "Nous ne céderons pas.")]
    [InlineData("fr", "Il a parlé d’une « situation très difficile pour tous » dans la région.", "situation très difficile pour tous")]
    [InlineData("de", "Der Minister sagte: „Wir werden die Renten nicht kürzen.“ Dann ging er.", "Wir werden die Renten nicht kürzen.")]
    [InlineData("de", "Die Chefin sagte: „Wir sind sehr zufrieden mit dem Quartal.” Die Aktie stieg.", "Wir sind sehr zufrieden mit dem Quartal.")]
    [InlineData("de", "In der Schweiz heisst es: «Wir bleiben neutral in dieser Frage.» Punkt.", "Wir bleiben neutral in dieser Frage.")]
    [InlineData("de", "Er schrieb: ‚Das ist nicht mein Problem.‘ Und legte auf.", "Das ist nicht mein Problem.")]
    [InlineData("en", "The minister said: “We will not cut pensions.” The session ended.", "We will not cut pensions.")]
    [InlineData("en", "The minister said: \"We will not cut pensions.\" The session ended.", "We will not cut pensions.")]
    [InlineData("en", "‘We are ready to ship,’ she told the BBC on Monday.", "We are ready to ship,")]
    [InlineData("fr", "Un message en suisse : ‹ Nous restons ouverts demain › selon la mairie.", "Nous restons ouverts demain")]
    [InlineData("de", "Im Roman heißt es: »Wir kommen nie wieder hierher zurück.« Dann endet das Kapitel.", "Wir kommen nie wieder hierher zurück.")]
    [InlineData("ja", "社長は「来年も値上げはしない」と述べた。", "来年も値上げはしない")]
    public void MarksOfEachLanguage(string language, string text, string quoted)
    {
        var quote = Assert.Single(Quotes(text, language));
        Assert.Equal(quoted, quote.Text);
    }

    [Fact]
    public void AQuoteOfSeveralSentences()
    {
        var text = "« Nous avons perdu beaucoup d’argent. Mais l’entreprise va mieux. Nous embaucherons en 2027 », a déclaré la directrice.";
        var quote = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Nous avons perdu beaucoup d’argent. Mais l’entreprise va mieux. Nous embaucherons en 2027", quote.Text);
    }

    [Fact]
    public void AFrenchQuoteReopenedInTheNextParagraph()
    {
        var text = "Le maire a détaillé son plan : « Nous allons rénover trois écoles cette année.\n\n« Ensuite viendra le tour des gymnases, d’ici 2028. »\n\nLe conseil votera lundi.";
        var quote = Assert.Single(Quotes(text, "fr"));
        Assert.StartsWith("Nous allons rénover", quote.Text);
        Assert.EndsWith("d’ici 2028.", quote.Text);
    }

    [Fact]
    public void AnEnglishQuoteReopenedInTheNextParagraph()
    {
        var text = "“We have cut costs twice this year.\n“And we will do it again if we must,” the chief executive said.\nShares fell.";
        var quote = Assert.Single(Quotes(text));
        Assert.Equal("We have cut costs twice this year.\n“And we will do it again if we must,", quote.Text);
    }

    [Fact]
    public void StraightQuotesReopenedInTheNextParagraph()
    {
        var text = "\"We have cut costs twice this year.\n\n\"And we will do it again,\" she said.\n\nShares fell 3%.";
        var quote = Assert.Single(Quotes(text));
        Assert.Equal("We have cut costs twice this year.\n\n\"And we will do it again,", quote.Text);
    }

    [Fact]
    public void AQuoteClosedInTheNextParagraph()
    {
        var text = "Sie sagte: „Wir haben alles versucht.\nAm Ende hat es nicht gereicht.“\nDie Gespräche sind beendet.";
        var quote = Assert.Single(Quotes(text, "de"));
        Assert.Equal("Wir haben alles versucht.\nAm Ende hat es nicht gereicht.", quote.Text);
    }

    [Theory]
    [InlineData("en", "“The board told me: ‘We do not want this deal,’ and that was it,” he said.", "The board told me: ‘We do not want this deal,’ and that was it,")]
    [InlineData("fr", "« Le patron m’a dit : “Nous ne vendrons pas”, et c’était fini », raconte-t-elle.", "Le patron m’a dit : “Nous ne vendrons pas”, et c’était fini")]
    [InlineData("de", "„Der Chef sagte nur: ‚Wir verkaufen nicht‘, mehr nicht“, sagte sie.", "Der Chef sagte nur: ‚Wir verkaufen nicht‘, mehr nicht")]
    [InlineData("fr", "« Il parle d’une « crise sans précédent » et il a raison », ajoute-t-elle.", "Il parle d’une « crise sans précédent » et il a raison")]
    public void NestedQuotesStayInside(string language, string text, string quoted)
    {
        var quote = Assert.Single(Quotes(text, language));
        Assert.Equal(quoted, quote.Text);
    }

    [Theory]
    [InlineData("en", "The app's new \"Live\" tab and its \"golden power\" rules worried investors.")]
    [InlineData("fr", "La chaîne lance son offre «Live» et l’émission « Quotidien » reprend lundi.")]
    [InlineData("de", "Der Konzern nennt das Programm „Zukunft 2030“ und wirbt mit „Qualität“.")]
    [InlineData("ja", "社長は「東京」で『新製品』を発表した。")]
    [InlineData("en", "The new 12\" screen and the 15\" one ship in May, the company said.")]
    [InlineData("en", "Rock ‘n’ roll is not dead, the players’ union said, and don’t forget it.")]
    // Some of these sentences are reported speech ("Rock ‘n’ roll is not dead, the players’ union said"): no marks make a quote.
    public void NamesAndScareQuotesAreNotQuotes(string language, string text) => Assert.Empty(Quotes(text, language));

    [Fact]
    public void TheMinimumIsThreeWords() => Assert.Equal(3, QuoteRecognizer.MinimumWords);

    [Theory]
    [InlineData("nl", "Wethouder Marit Hoekstra: 'Wie hier woont, hoeft niet meer bang te zijn.' De raad stemde in.", "Wie hier woont, hoeft niet meer bang te zijn.")]
    [InlineData("nl", "'Dit is gokken met belastinggeld', zei Jaap Wiersma na afloop van het debat.", "Dit is gokken met belastinggeld")]
    [InlineData("en", "'We will not sell the club's ground,' the chairman told the fans on Saturday.", "We will not sell the club's ground,")]
    public void StraightSingleMarks(string language, string text, string quoted)
    {
        var quote = Assert.Single(Quotes(text, language));
        Assert.Equal(quoted, quote.Text);
    }

    // Each line is one guard (direct quotes nested in reported speech kept, so that none hides behind the clause): an elision
    // of one letter or a year opens nothing; a line that is all quote is a subheading
    // even where a quote before it would lend it a speaker; a mark no other closes in its paragraph quotes nothing; and a
    // quote in straight marks needs the text to say who speaks.
    [Theory]
    [InlineData("nl", "Volgens burgemeester Jansen is het 's nachts het drukst rond Kees' café aan de markt, zei hij gisteren.")]
    [InlineData("en", "He said the '90s were the best years of the club and of its fans' lives in the city.")]
    [InlineData("en", "“We will close the mine,” Clarke said.\n'Coal Isn't the Villain.'\nIt was raining when the miners rode down.")]
    [InlineData("nl", "Wethouder Hoekstra zei: 'We gaan door met de aankoop\nDe raad vergadert dinsdag opnieuw.")]
    [InlineData("en", "Sanders presses Clinton to 'get away from all of this personality stuff' before the debate.")]
    public void StraightApostrophesThatQuoteNoOne(string language, string text) =>
        Assert.DoesNotContain(QuoteRecognizer.Default.KeepingNestedDirect.Recognize(text, language, []), q => q.Kind == QuoteKind.Direct && (q.Text.Contains("nachts") || q.Text.Contains("90s") || q.Text.Contains("Villain") || q.Text.StartsWith("We gaan") || q.Text.StartsWith("get away")));
}
