using Storyline.Storage.Sqlite;
using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>Stories kept in a real SQLite store: assigned as articles arrive, stable across runs, resumed after an interruption.</summary>
public sealed class StoryIndexTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task IngestAssignsStoriesAndReingestingChangesNothing()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        var pipeline = SharedPipeline.Create();
        IngestItem[] first =
        [
            Document("wire.txt", DuplicateTexts.Wire, "en", Day),
            Document("other.txt", DuplicateTexts.OtherEvent, "en", Day.AddDays(2)),
        ];
        IngestItem[] second =
        [
            Document("french.txt", DuplicateTexts.French, "fr", Day.AddHours(3)),
            Document("independent.txt", DuplicateTexts.Independent, "en", Day.AddHours(6)),
        ];

        var one = await pipeline.RunAsync(first, store, null, ct);
        var storiesBefore = await store.ListStoriesAsync(ct);
        var two = await pipeline.RunAsync(second, store, null, ct);
        var again = await pipeline.RunAsync([.. first, .. second], store, null, ct);

        Assert.Equal((2, 0, 0), (one.StoriesStarted, two.StoriesStarted, again.StoriesStarted));
        var stories = await store.ListStoriesAsync(ct);
        Assert.Equal(2, stories.Count);
        var harbourline = Assert.Single(stories, s => s.Articles.Count == 3);
        Assert.Equal(["en", "fr"], harbourline.Languages);
        Assert.Equal(storiesBefore.Select(s => s.Id).Order(), stories.Select(s => s.Id).Order());
        Assert.Equal(Day, harbourline.FirstSeen);
    }

    [Fact]
    public async Task ArticlesStoredWithoutStoriesAreAssignedByTheNextUpdate()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(
            folder,
            ct,
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day),
            DuplicateJudgeTests.Analyze(DuplicateTexts.Copy, "en", "copy", Day.AddHours(1)));
        await new Storyline.Duplicates.DuplicateIndex(store).UpdateAsync(null, ct);

        var (articles, started) = await new StoryIndex(store).UpdateAsync(ct);
        var nothingLeft = await new StoryIndex(store).UpdateAsync(ct);

        Assert.Equal((2, 1), (articles, started));
        Assert.Equal((0, 0), nothingLeft);
        Assert.Equal(["wire", "copy"], Assert.Single(await store.ListStoriesAsync(ct)).Articles);
    }

    [Fact]
    public async Task ArticlesStoredTogetherAreAssignedInPublicationOrderTheUndatedLast()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        // As a folder lists them: by name, not by date; the later event and an undated copy first.
        await using var store = await StoreAsync(
            folder,
            ct,
            DuplicateJudgeTests.Analyze(DuplicateTexts.OtherEvent, "en", "other", Day.AddDays(2)),
            DuplicateJudgeTests.Analyze(DuplicateTexts.Copy, "en", "copy") with { Title = "Harbourline copy" },
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day) with { Title = "Harbourline wire" });
        await new Storyline.Duplicates.DuplicateIndex(store).UpdateAsync(null, ct);

        await new StoryIndex(store).UpdateAsync(ct);

        // Story ids are given as stories start: the earlier event's story is the older, and the copy meets it formed.
        var stories = await store.ListStoriesAsync(ct);
        var (wire, other) = (Assert.Single(stories, s => s.Articles.Contains("wire")), Assert.Single(stories, s => s.Articles.Contains("other")));
        Assert.True(wire.Id < other.Id, $"wire {wire.Id}, other {other.Id}");
        Assert.Contains("copy", wire.Articles);
        // Named by its first report, not by the article stored first.
        Assert.Equal("Harbourline wire", wire.Title);
    }

    [Fact]
    public async Task AStoryIsDatedByItsDatedArticlesNotByWhenAnUndatedOneWasIngested()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(
            folder,
            ct,
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day),
            DuplicateJudgeTests.Analyze(DuplicateTexts.Copy, "en", "copy"),
            DuplicateJudgeTests.Analyze(DuplicateTexts.OtherEvent, "en", "other"));
        await new Storyline.Duplicates.DuplicateIndex(store).UpdateAsync(null, ct);
        await new StoryIndex(store).UpdateAsync(ct);

        var stories = await store.ListStoriesAsync(ct);
        var wire = Assert.Single(stories, s => s.Articles.Contains("wire"));
        Assert.Contains("copy", wire.Articles);
        Assert.Equal((Day, Day), (wire.FirstSeen, wire.LastSeen));

        // A story with no dated article at all is dated by when it was read.
        var other = Assert.Single(stories, s => s.Articles.Contains("other"));
        Assert.NotNull(other.FirstSeen);
        Assert.True(other.FirstSeen > Day.AddYears(1));
    }

    [Fact]
    public async Task AStoreFromBeforeTheWordsChangedHasItsStoriesBuiltAgain()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using (var store = await StoreAsync(
            folder,
            ct,
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day),
            DuplicateJudgeTests.Analyze(DuplicateTexts.OtherEvent, "en", "other", Day)))
        {
            await new StoryIndex(store).UpdateAsync(ct);
        }

        // The store as the versions before step 8 left it: stories whose terms hold the words as they were.
        await Storage.OlderStore.RollBackAsync(folder.File("store.db"), 8, ct, "UPDATE stories SET terms = '{\"w:harbou\":1}'");

        await using var reopened = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        Assert.Empty(await reopened.ListStoriesAsync(ct));
        var (articles, _) = await new StoryIndex(reopened).UpdateAsync(ct);

        Assert.Equal(2, articles);
        var terms = (await reopened.StoriesAsync((await reopened.ListStoriesAsync(ct)).Select(s => s.Id).ToHashSet(), null, ct)).SelectMany(s => s.Terms.Keys);
        Assert.DoesNotContain("w:harbou", terms);
    }

    [Fact]
    public async Task AnArticleWithoutNamesFindsTheStoredStoryItsKeywordsAreFiledUnder()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        var pipeline = SharedPipeline.Create();
        await using (var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct))
        {
            await pipeline.RunAsync([Document("flood.txt", UnnamedTexts.Flood, "ar", Day), Document("match.txt", UnnamedTexts.Match, "ar", Day)], store, null, ct);
            var later = await pipeline.RunAsync([Document("retold.txt", UnnamedTexts.FloodRetold, "ar", Day.AddHours(5))], store, null, ct);

            Assert.Equal(0, later.StoriesStarted);
            Assert.Equal([1, 2], (await store.ListStoriesAsync(ct)).Select(s => s.Articles.Count).Order());
        }

        // A store from before keywords were filed has its stories built again, keywords and all.
        await Storage.OlderStore.RollBackAsync(folder.File("store.db"), 10, ct, "DELETE FROM story_postings WHERE term LIKE 'w:%'");
        await using var reopened = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        Assert.Empty(await reopened.ListStoriesAsync(ct));
        await new StoryIndex(reopened).UpdateAsync(ct);
        Assert.Equal([1, 2], (await reopened.ListStoriesAsync(ct)).Select(s => s.Articles.Count).Order());
    }

    [Fact]
    public async Task MergesChainedInOneBatchLeaveEveryArticleInTheStoryKept()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(
            folder,
            ct,
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "one", Day),
            DuplicateJudgeTests.Analyze(DuplicateTexts.OtherEvent, "en", "two", Day),
            DuplicateJudgeTests.Analyze(DuplicateTexts.Independent, "en", "three", Day));

        // Story 3 merged into 2, then 2 into 1, within one batch: article three must reach story 1, not stay in 2.
        await store.SaveStoriesAsync(
            new StoryBatch(
                3,
                [new("one", 1, 0, true), new("two", 2, 0, true), new("three", 3, 0, true)],
                [new StoryState(1) { Size = 3 }, new StoryState(2) { Size = 2, MergedInto = 1 }, new StoryState(3) { Size = 1, MergedInto = 2 }],
                [],
                new Dictionary<string, int>()),
            ct);

        Assert.Equal(["one", "two", "three"], Assert.Single(await store.ListStoriesAsync(ct)).Articles);
    }

    [Fact]
    public async Task AStoryGrownByAnotherWriterIsReadAgainNotTakenFromTheCache()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await StoreAsync(folder, ct, DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day));
        var index = new StoryIndex(store);
        await index.UpdateAsync(ct);
        await store.AddAsync([DuplicateJudgeTests.Analyze(DuplicateTexts.Rewrite, "en", "rewrite", Day.AddHours(1))], ct);
        await new StoryIndex(store).UpdateAsync(ct);
        await store.AddAsync([DuplicateJudgeTests.Analyze(DuplicateTexts.Independent, "en", "independent", Day.AddHours(2))], ct);

        await index.UpdateAsync(ct);

        var story = Assert.Single(await store.ListStoriesAsync(ct));
        Assert.Equal(["wire", "rewrite", "independent"], story.Articles);
        Assert.Equal(3, Assert.Single(await store.StoriesAsync([story.Id], null, ct)).Size);
    }

    [Fact]
    public async Task AnIndexReadsTheArticleCountsAgainAfterAnotherWriterAssignedArticles()
    {
        // The same three articles in three runs: by one index throughout, with a second index running the middle one, and
        // by a fresh index each time (which reads every count). The first index's kept counts lack the rewrite's terms
        // after the second index assigned it, so unless it reads them again the third article scores otherwise.
        var scores = new List<double>();
        foreach (var shared in new[] { true, false })
        {
            using var folder = new TempFolder();
            var ct = TestContext.Current.CancellationToken;
            await using (var store = await StoreAsync(folder, ct, DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day)))
            {
                var index = new StoryIndex(store);
                await index.UpdateAsync(ct);
                await store.AddAsync([DuplicateJudgeTests.Analyze(DuplicateTexts.Rewrite, "en", "rewrite", Day.AddHours(1))], ct);
                await new StoryIndex(store).UpdateAsync(ct);
                await store.AddAsync([DuplicateJudgeTests.Analyze(DuplicateTexts.Independent, "en", "independent", Day.AddHours(2))], ct);
                await (shared ? index : new StoryIndex(store)).UpdateAsync(ct);
            }

            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("store.db")};Pooling=False");
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT score FROM story_articles WHERE article = 'independent'";
            scores.Add(Convert.ToDouble(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(scores[0] > 0, "the independent report joined no story");
        Assert.Equal(scores[1], scores[0]);
    }

    [Fact]
    public async Task AStoryStartedInALaterRunIsFiledUnderTheNamesAnOlderStoryIsFiledUnderToo()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        var wire = DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", Day);
        var closure = DuplicateJudgeTests.Analyze(DuplicateTexts.OtherEvent, "en", "closure", Day.AddDays(2));
        await using var store = await StoreAsync(folder, ct, wire);
        await new StoryIndex(store).UpdateAsync(ct);
        await store.AddAsync([closure], ct);

        // The second run reads the postings of Harbourline Logistics (the wire's story) and starts the closure's story.
        await new StoryIndex(store).UpdateAsync(ct);

        var stories = await store.ListStoriesAsync(ct);
        Assert.Equal(2, stories.Count);
        var names = StoryTerms.Of(closure).Keys.Where(t => !t.StartsWith("w:", StringComparison.Ordinal)).ToList();
        var postings = (await store.StoryContextAsync([], names, [], StoryClusterer.PostingsPerTerm, ct)).Postings;
        var shared = names.Where(n => StoryTerms.Of(wire).ContainsKey(n)).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, n => Assert.Equal(stories.Select(s => s.Id).Order(), postings[n].Order()));
    }

    // A store in the folder holding these analysed articles.
    private static async Task<SqliteArticleStore> StoreAsync(TempFolder folder, CancellationToken ct, params Article[] articles)
    {
        var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        await store.AddAsync(articles, ct);
        return store;
    }

    private static RawDocument Document(string name, string text, string language, DateTimeOffset published) =>
        new(name, ContentKind.Text, text, name) { DeclaredLanguage = language, Published = published };
}
