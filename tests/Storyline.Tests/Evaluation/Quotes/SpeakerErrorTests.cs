using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary><c>eval quotes --errors</c>: the quotes found with the wrong speaker, and only those.</summary>
public sealed class SpeakerErrorTests
{
    private const string Text =
        "Die Stadtwerke Kornbach erhöhen die Preise. „Wir hatten keine Wahl“, sagte Geschäftsführerin Maren Thiel am Montag. "
        + "Der Mieterverein Kornbach erklärte dagegen: „Das trifft die Falschen.“";

    private static GoldQuote Gold(string quoted, string speaker) =>
        new(quoted, Text.IndexOf(quoted, StringComparison.Ordinal), QuoteKind.Direct, speaker, null, null);

    [Fact]
    public void OnlyAQuoteWhoseSpeakerIsWrongIsListedWithGoldFoundAndContext()
    {
        var article = new GoldQuoteArticle("kornbach", "de", Text,
            [Gold("Wir hatten keine Wahl", "Geschäftsführerin Maren Thiel"), Gold("Das trifft die Falschen.", "Die Stadtwerke")],
            SpeakersAsWritten: true);

        var error = Assert.Single(QuoteEvaluation.Default.SpeakerErrors([article], QuoteKind.Direct, context: 20));

        Assert.Equal("Das trifft die Falschen.", error.Quote);
        Assert.Equal("Die Stadtwerke", error.Gold);
        Assert.Contains("Mieterverein", error.Found + error.FoundText, StringComparison.Ordinal);
        Assert.Contains("dagegen: „Das trifft", error.Context, StringComparison.Ordinal);
        Assert.Contains("gold: Die Stadtwerke | found: ", error.Describe(), StringComparison.Ordinal);
    }
}
