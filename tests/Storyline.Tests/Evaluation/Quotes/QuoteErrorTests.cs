using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary><c>eval quotes --errors</c>: the quotes missed, found where the gold has none, and found with the wrong speaker, and only those.</summary>
public sealed class QuoteErrorTests
{
    private const string Text =
        "Die Stadtwerke Kornbach erhöhen die Preise. „Wir hatten keine Wahl“, sagte Geschäftsführerin Maren Thiel am Montag. "
        + "Der Mieterverein Kornbach erklärte dagegen: „Das trifft die Falschen.“ Eine Mieterin schrieb: „Ich ziehe wohl bald aus.“";

    private static GoldQuote Gold(string quoted, string speaker) =>
        new(quoted, Text.IndexOf(quoted, StringComparison.Ordinal), QuoteKind.Direct, speaker, null, null);

    private static readonly GoldQuoteArticle Article = new("kornbach", "de", Text,
        [Gold("Wir hatten keine Wahl", "Geschäftsführerin Maren Thiel"), Gold("Das trifft die Falschen.", "Die Stadtwerke"), Gold("Preise", "niemand")],
        SpeakersAsWritten: true);

    [Fact]
    public void EachErrorIsListedOnceWithItsKind()
    {
        var errors = QuoteEvaluation.Default.Errors([Article], QuoteKind.Direct, context: 20).ToList();

        Assert.Equal([QuoteErrorKind.Missed, QuoteErrorKind.Speaker, QuoteErrorKind.Spurious], errors.Select(e => e.Error));
        Assert.Equal(["Preise", "Das trifft die Falschen.", "Ich ziehe wohl bald aus."], errors.Select(e => e.Quote));
    }

    [Fact]
    public void AWrongSpeakerShowsGoldAgainstFoundInItsContext()
    {
        var error = QuoteEvaluation.Default.Errors([Article], QuoteKind.Direct, context: 20).Single(e => e.Error == QuoteErrorKind.Speaker);

        Assert.Equal("Die Stadtwerke", error.Gold);
        Assert.Contains("Mieterverein", error.Found + error.FoundText, StringComparison.Ordinal);
        Assert.Contains("Mieterverein", error.FoundWhere, StringComparison.Ordinal);
        Assert.Contains($"at \"{error.FoundWhere}\"", error.Describe(), StringComparison.Ordinal);
        Assert.Contains("dagegen: „Das trifft", error.Context, StringComparison.Ordinal);
        Assert.StartsWith("speaker  kornbach: gold Die Stadtwerke | found ", error.Describe(), StringComparison.Ordinal);
    }

    // By speaker span: a speaker is wrong where the place the text names it misses the data's span, and the gold shown is
    // that span as written. Geschäftsführerin Maren Thiel is right by entity and by span; the Mieterverein's words are
    // marked at "Stadtwerke Kornbach", which the found span misses; the tenant's are marked where the text names her.
    [Fact]
    public void BySpanAWrongSpeakerIsOneWhosePlaceMissesTheDataSpan()
    {
        static TextSpan At(string words) => new(Text.IndexOf(words, StringComparison.Ordinal), words.Length);
        var spanned = Article with
        {
            Quotes =
            [
                Gold("Wir hatten keine Wahl", "Geschäftsführerin Maren Thiel") with { SpeakerSpans = [At("Geschäftsführerin Maren Thiel")] },
                Gold("Das trifft die Falschen.", "Die Stadtwerke") with { SpeakerSpans = [At("Stadtwerke Kornbach")] },
            ],
        };

        var error = Assert.Single(QuoteEvaluation.Default.Errors([spanned], QuoteKind.Direct, context: 20, bySpan: true), e => e.Error == QuoteErrorKind.Speaker);

        Assert.Equal("Das trifft die Falschen.", error.Quote);
        Assert.Equal("Stadtwerke Kornbach", error.Gold);
    }
}
