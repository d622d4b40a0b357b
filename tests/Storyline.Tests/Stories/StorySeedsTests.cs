using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>
/// The five shared seed articles (issue 8): one story of five articles in French, German and English, with a timeline
/// of two steps in order (the announcement; the English piece on the opening, whose lead says "Last month") and a
/// summary whose every sentence is a sentence of its source.
/// </summary>
public sealed class StorySeedsTests
{
    [Fact]
    public async Task TheFiveSeedsAreOneStoryInThreeLanguages()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var store = seeds.Store;

        var story = Assert.Single(await store.ListStoriesAsync(ct));
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(["de", "en", "fr"], story.Languages);

        var articles = await StoredArticles.AllAsync(store, ct);
        var details = StoryDetails.Of(story, articles, await store.DuplicatesAsync(null, ct));
        Assert.Equal(2, details.Timeline.Count);
        Assert.Equal(4, details.Timeline[0].Articles.Count);
        var opening = Assert.Single(details.Timeline[1].Articles);
        Assert.Equal("en", articles.Single(a => a.Id == opening).Language);
        Assert.True(details.Timeline[1].DaysAfterStart > details.Timeline[0].DaysAfterStart);
        Assert.Equal("expansion", details.Events[0].Kind);
        Assert.NotEmpty(details.Summary);
        Assert.All(details.Summary, s => Assert.Equal(s.Text, articles.Single(a => a.Id == s.Article).Text.Substring(s.Start, s.Length)));
    }
}
