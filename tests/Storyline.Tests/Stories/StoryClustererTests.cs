using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>Online assignment on invented articles: one event in two languages is one story; another event of the same company is another.</summary>
public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OneEventInTwoLanguagesIsOneStoryAndAnotherEventOfTheCompanyIsAnother()
    {
        var clusterer = new StoryClusterer();

        var wire = clusterer.Assign(Article(DuplicateTexts.Wire, "en", "wire", Day));
        var independent = clusterer.Assign(Article(DuplicateTexts.Independent, "en", "independent", Day.AddHours(5)));
        var french = clusterer.Assign(Article(DuplicateTexts.French, "fr", "french", Day.AddHours(2)));
        var other = clusterer.Assign(Article(DuplicateTexts.OtherEvent, "en", "other", Day.AddDays(2)));

        Assert.True(wire.Started);
        Assert.Equal(wire.Story, independent.Story);
        Assert.Equal(wire.Story, french.Story);
        Assert.True(other.Started, $"joined {other.Story} with {other.Score}");
    }

    [Fact]
    public void ACopyJoinsTheStoryOfWhatItCopiesWhateverItSays()
    {
        var clusterer = new StoryClusterer();
        var wire = clusterer.Assign(Article(DuplicateTexts.Wire, "en", "wire", Day));

        var copy = clusterer.Assign(Article("Breaking.", "en", "copy", Day) with { DuplicateOf = ["wire"] });

        Assert.Equal((wire.Story, 1.0), (copy.Story, copy.Score));
    }

    [Fact]
    public void TheSameEventYearsLaterOrWithNoDatesIsJudgedByWhatItSays()
    {
        var clusterer = new StoryClusterer();
        var wire = clusterer.Assign(Article(DuplicateTexts.Wire, "en", "wire", Day));

        var undated = clusterer.Assign(Article(DuplicateTexts.Independent, "en", "undated", null));
        var absurd = clusterer.Assign(Article(DuplicateTexts.Independent, "en", "absurd", new DateTimeOffset(2091, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var empty = clusterer.Assign(Article("", "en", "empty", Day));

        Assert.Equal(wire.Story, undated.Story);
        Assert.True(absurd.Started, "seventy years later is another story");
        Assert.True(empty.Started);
    }

    [Fact]
    public void ABurstOfCopiesMakesOneStoryAndKeepsTheWorkBounded()
    {
        var clusterer = new StoryClusterer();
        var article = Article(DuplicateTexts.Wire, "en", "wire", Day);

        var decisions = Enumerable.Range(0, 1000).Select(i => clusterer.Assign(article with { Id = $"copy-{i}" })).ToList();

        Assert.Single(decisions.Select(d => d.Story).Distinct());
        Assert.Equal(0, clusterer.StoryOf("copy-999"));
    }

    private static StoryArticle Article(string text, string language, string id, DateTimeOffset? date)
    {
        var article = DuplicateJudgeTests.Analyze(text, language, id, date);
        return new StoryArticle(id, language, StoryTerms.Of(article), date, []);
    }
}
