using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>
/// The <c>speaker span</c> column of <c>eval quotes</c>: where the stage says the text names a quote's speaker, against
/// the data's speaker span (overlap; none matches none), scored only on data that mark speaker spans.
/// </summary>
public sealed class SpeakerSpanScoreTests
{
    private const string Text =
        "Maren Thiel leitet die Stadtwerke Kornbach. „Wir hatten keine Wahl“, sagte sie am Montag. "
        + "„Die Preise steigen ab Mai um zwölf Prozent.“ Das Rathaus schwieg.";

    private static GoldQuote Gold(string quoted, string? speaker, params string[] speakerWords) =>
        new(quoted, Text.IndexOf(quoted, StringComparison.Ordinal), QuoteKind.Direct, speaker, null, null)
        {
            SpeakerSpans = speakerWords.Select(w => new TextSpan(Text.IndexOf(w, StringComparison.Ordinal), w.Length)).ToList(),
        };

    private static QuoteScore Direct(IReadOnlyList<GoldQuote> gold, bool asWritten) =>
        QuoteEvaluation.Default.Evaluate([new GoldQuoteArticle("kornbach", "de", Text, gold, SpeakersAsWritten: asWritten)])
            .Single(s => s.Language == "all" && s.Kind == "direct");

    [Fact]
    public void APronounTheDataMarksMatchesThePronounFound()
    {
        var score = Direct([Gold("Wir hatten keine Wahl", "Maren Thiel", "sie")], asWritten: true);
        Assert.Equal(1.0, score.SpanAccuracy);
    }

    [Fact]
    public void ASpanElsewhereIsWrongThoughItNamesTheSamePerson()
    {
        // The data mark the name in the sentence before; the stage marks the pronoun beside the cue.
        var score = Direct([Gold("Wir hatten keine Wahl", "Maren Thiel", "Maren Thiel")], asWritten: true);
        Assert.Equal(0.0, score.SpanAccuracy);
    }

    [Fact]
    public void AQuoteTheDataGiveNoSpeakerIsRightOnlyWithNoneFound()
    {
        var score = Direct([Gold("Wir hatten keine Wahl", null)], asWritten: true);
        Assert.Equal(0.0, score.SpanAccuracy);
    }

    [Fact]
    public void DataThatNameEntitiesInsteadAreNotScoredForSpans()
    {
        var score = Direct([Gold("Wir hatten keine Wahl", "Maren Thiel")], asWritten: false);
        Assert.Null(score.SpanAccuracy);
        Assert.Equal(1.0, score.SpeakerAccuracy);
    }
}
