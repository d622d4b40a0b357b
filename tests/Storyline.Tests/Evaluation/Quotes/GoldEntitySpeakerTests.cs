using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>
/// The sample gold's speaker is an entity: a found speaker is right when it is that entity where the text writes it,
/// whatever name each gives it ("Kessing Zellwerk" for the gold's "Kessing Zellwerk GmbH"); the shown column still
/// compares the names.
/// </summary>
public sealed class GoldEntitySpeakerTests
{
    private const string Text = "Kessing Zellwerk will close its plant in Kiel. \"We had no choice,\" Kessing Zellwerk said on Monday.";

    private static QuoteScore Score(string speaker, params (string Name, string Written, int Occurrence)[] mentions)
    {
        var article = new GoldQuoteArticle("a", "en", Text, [new GoldQuote("We had no choice,", Text.IndexOf("We had", StringComparison.Ordinal), QuoteKind.Direct, speaker, null, null)])
        {
            Mentions = [.. mentions.Select(m => (m.Name, Nth(m.Written, m.Occurrence), Nth(m.Written, m.Occurrence) + m.Written.Length))],
        };
        return QuoteEvaluation.Default.Evaluate([article]).Single(s => s.Language == "all" && s.Kind == "direct");
    }

    private static int Nth(string written, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = Text.IndexOf(written, at + 1, StringComparison.Ordinal);
        }

        return at;
    }

    [Fact]
    public void TheGoldsEntityUnderAnotherNameIsTheSpeaker()
    {
        var score = Score("Kessing Zellwerk GmbH", ("Kessing Zellwerk GmbH", "Kessing Zellwerk", 0), ("Kessing Zellwerk GmbH", "Kessing Zellwerk", 1));
        Assert.Equal(1.0, score.SpeakerAccuracy);
        Assert.Equal(0.0, score.ShownAccuracy);
    }

    [Fact]
    public void AnotherEntityIsNot() =>
        Assert.Equal(0.0, Score("Port of Kiel", ("Port of Kiel", "Kiel", 0)).SpeakerAccuracy);
}
