using Storyline.Ingest;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Stories;

/// <summary>The five shared seed articles (issue 8): one story of five articles in French, German and English.</summary>
public sealed class StorySeedsTests
{
    [Fact]
    public async Task TheFiveSeedsAreOneStoryInThreeLanguages()
    {
        var seeds = TestPaths.RequireShared(TestPaths.Seeds);
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("seeds.db"), ct);
        var pipeline = SharedPipeline.Create();

        await pipeline.RunAsync(new InputWalker(pipeline.Options.Ingest).Walk([seeds]), store, null, ct);

        var story = Assert.Single(await store.ListStoriesAsync(ct));
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(["de", "en", "fr"], story.Languages);
    }
}
