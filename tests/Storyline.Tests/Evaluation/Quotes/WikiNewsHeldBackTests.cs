using Storyline.Evaluation.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>
/// The quote stage on the held-back fifth of German WikiNews (140 articles, never tuned on): the floors it reached with
/// the fragment and title rules (speaker accuracy fell from 0.523 to 0.500 as more, harder quotes were found). Below the goals (direct F1 0.9, speaker 0.8); raise them as the stage improves.
/// </summary>
public sealed class WikiNewsHeldBackTests
{
    [Fact]
    public void DirectQuotesAndSpeakersStayAboveTheirFloors()
    {
        var path = SharedEvalData.RequirePath("quotes-german-wikinews");
        var direct = QuoteEvaluation.Default.Evaluate(path, QuoteSplit.Test).Single(r => r.Language == "de" && r.Kind == "direct");
        Assert.Equal(125, direct.Gold);
        Assert.True(direct.F1 >= 0.85, $"direct F1 {direct.F1:0.000}");
        Assert.True(direct.SpeakerAccuracy >= 0.505, $"speaker accuracy {direct.SpeakerAccuracy:0.000}");
    }
}
