using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>
/// The sample gold names an entity one way across a story's articles; a speaker an article writes short is scored under
/// the name the story's articles share, as the story page shows it.
/// </summary>
public sealed class StoryNamedSpeakerTests
{
    private const string Full = "Kessing Zellwerk GmbH will close its plant in Kiel. \"We had no choice,\" Kessing Zellwerk GmbH said on Monday.";
    private const string Short = "The plant in Kiel will close in May. \"We had no choice,\" Kessing Zellwerk said on Monday.";

    private static GoldQuoteArticle Article(string id, string text, string? story) =>
        new(id, "en", text, [new GoldQuote("We had no choice,", text.IndexOf("We had", StringComparison.Ordinal), QuoteKind.Direct, "Kessing Zellwerk GmbH", null, null)])
        {
            Story = story,
        };

    private static double Speaker(params GoldQuoteArticle[] articles) =>
        QuoteEvaluation.Default.Evaluate(articles).Single(s => s.Language == "all" && s.Kind == "direct").SpeakerAccuracy;

    [Fact]
    public void AShortNameTakesTheNameItsStoryWritesInFull() =>
        Assert.Equal(1.0, Speaker(Article("full", Full, "plant-closure"), Article("short", Short, "plant-closure")));

    [Fact]
    public void ArticlesOfOtherStoriesLendNoNames() =>
        Assert.Equal(0.5, Speaker(Article("full", Full, "plant-closure"), Article("short", Short, "another-story")));
}
