using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// Where the text names a quote's speaker (<see cref="Quote.SpeakerSpan"/>): the name, the description or the pronoun
/// beside the cue, as written, while <see cref="Quote.Speaker"/> stays the entity.
/// </summary>
public sealed class SpeakerSpanTests
{
    [Theory]
    [InlineData("en", "“We will double our investment in Europe,” said Sam Altman on Tuesday.")]
    [InlineData("fr", "« Nous allons doubler nos investissements en Europe », a déclaré Sam Altman mardi.")]
    [InlineData("de", "Sam Altman sagte am Dienstag: „Wir werden unsere Investitionen in Europa verdoppeln.“")]
    public void ANameBesideTheCueIsWhereTheSpeakerIsNamed(string language, string text)
    {
        var quote = Only(text, language, Person("Sam Altman"));
        Assert.Equal("Sam Altman", Named(text, quote));
    }

    [Theory]
    [InlineData("de", "Henrike Maurer besuchte am Montag die Stadt Lahr. „Wir bauen jedes Haus wieder auf“, sagte sie.", "sie")]
    [InlineData("en", "Henrike Maurer toured Lahr on Monday. “We will rebuild every house,” she said.", "she")]
    [InlineData("fr", "Henrike Maurer a visité Lahr lundi. « Nous reconstruirons chaque maison », a-t-elle ajouté.", "elle")]
    public void APronounStaysThePronounWhileTheSpeakerIsItsPerson(string language, string text, string pronoun)
    {
        var quote = Only(text, language, Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Equal(pronoun, Named(text, quote));
    }

    // A pronoun after the quote that takes up the speaker named before it: the name is where the text says who spoke.
    [Theory]
    [InlineData("de", "Henrike Maurer, Vorstandsmitglied der Liga, sagte dazu gegenüber dem Radio: „Wir wollen mehr“, betont sie.")]
    [InlineData("de", "Henrike Maurer sagte am Montag: „Wir wollen mehr“, fügte sie hinzu.")]
    public void ANameBeforeTheQuoteOutweighsAPronounAfterIt(string language, string text)
    {
        var quote = Only(text, language, Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Equal("Henrike Maurer", Named(text, quote));
    }

    // A colon introduction with no cue: the speaker was found through the pronoun of the words before the quote, so that
    // pronoun is where the text names them, even past the sentence's first words.
    [Theory]
    [InlineData("Henrike Maurer sprach am Montag in Lahr. Die Arbeit der Helfer lobte sie ausdrücklich mit den Worten: „Niemand hat aufgegeben.“")]
    [InlineData("Henrike Maurer sprach am Montag in Lahr. Das Angebot der Versicherer lehnte sie jedoch ab: „Das reicht nicht.“")]
    public void APronounDeepInAColonIntroductionIsWhereTheSpeakerIsNamed(string text)
    {
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Equal("sie", Named(text, quote));
    }

    [Fact]
    public void ADescriptionThatNamesNoEntityIsMarkedAsWritten()
    {
        const string text = "„Die Lage ist unter Kontrolle“, sagte der Einsatzleiter der Feuerwehr am Abend.";
        var quote = Only(text, "de");
        Assert.Null(quote.Speaker);
        Assert.Contains("Einsatzleiter", Named(text, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleThatTakesUpAPersonIsMarkedWhereItStandsNotWhereTheNameWas()
    {
        const string text = "Ministerin Henrike Maurer reiste am Montag nach Lahr.\n\n„Wir bauen jedes Haus wieder auf“, sagte die Ministerin.";
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal("Henrike Maurer", quote.Speaker);
        Assert.Contains("Ministerin", Named(text, quote), StringComparison.Ordinal);
        Assert.True(quote.SpeakerSpan!.Value.Start > text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void AQuoteThatGoesOnFromTheOneBeforeKeepsItsPlace()
    {
        const string text = "„Wir bauen jedes Haus wieder auf“, sagte Henrike Maurer. „Die Menschen hier haben genug gelitten.“";
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer")));
        Assert.Equal(2, quotes.Count);
        Assert.Equal(quotes[0].SpeakerSpan, quotes[1].SpeakerSpan);
        Assert.Equal("Henrike Maurer", Named(text, quotes[1]));
    }

    [Fact]
    public void AnIndirectQuoteMarksItsSubject()
    {
        const string text = "Henrike Maurer sagte am Montag, dass das Land jedes Haus wieder aufbauen werde.";
        var quote = Only(text, "de", Person("Henrike Maurer"));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Henrike Maurer", Named(text, quote));
    }

    [Fact]
    public void AReportedClausesPronounIsItsSubjectNotItsSpeaker()
    {
        const string text = "Michael Tanner, an analyst at the Cato Institute in Washington, said he expected the plan to fail in the Senate.";
        var quote = Only(text, "en", Person("Michael Tanner"), Organisation("Cato Institute"), Place("Washington"));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Michael Tanner", Named(text, quote));
    }

    [Fact]
    public void ASourceInsideItsReportedClauseIsWhereItIsNamed()
    {
        const string text = "Betroffen sind nach Angaben der Stadtwerke Kornbach rund 4.000 Haushalte im Norden der Stadt.";
        var quote = Only(text, "de", Organisation("Stadtwerke Kornbach"));
        Assert.Equal("Stadtwerke Kornbach", quote.Speaker);
        Assert.Equal("Stadtwerke Kornbach", Named(text, quote));
    }

    [Fact]
    public void APronounBesideTheCueIsMarkedThoughItStandsForNoOneFound()
    {
        const string text = "Der Landwirt wurde am Knie getroffen. Er sagte aus: „Plötzlich zersprang die Frontscheibe, und ich spürte einen Schmerz.“";
        var quote = Only(text, "de");
        Assert.Null(quote.Speaker ?? quote.SpeakerText);
        Assert.Equal("Er", Named(text, quote));
    }

    [Fact]
    public void AQuoteNoOneIsNamedForHasNoPlace()
    {
        const string text = "„Wir bleiben hier, bis das Werk gerettet ist.“ Das Werk in Lahr soll im Mai schließen.";
        var quote = Only(text, "de");
        Assert.Null(quote.Speaker ?? quote.SpeakerText);
        Assert.Null(quote.SpeakerSpan);
    }

    [Fact]
    public void ANameInsideTheQuoteIsNeverWhereItsSpeakerIsNamed()
    {
        const string text = "„Henrike Maurer hat uns nicht geholfen“, sagte Jonas Weber, „niemand hat das.“";
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", Of(text, Person("Henrike Maurer"), Person("Jonas Weber")));
        Assert.All(quotes, q => Assert.Equal("Jonas Weber", Named(text, q)));
    }

    private static string Named(string text, Quote quote) =>
        quote.SpeakerSpan is { } span ? span.In(text) : throw new Xunit.Sdk.XunitException($"no speaker span for [{quote.Text}] (speaker {quote.Speaker ?? "none"})");
}
