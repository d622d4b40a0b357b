using Storyline.Duplicates;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Duplicates;

/// <summary>The index as ingest runs it, on a real SQLite file: pairs found once, incrementally, with bounded work.</summary>
public sealed class DuplicateIndexTests
{
    [Fact]
    public async Task IngestFindsEachPairOnceAndReingestingChangesNothing()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        var pipeline = SharedPipeline.Create();
        string[] texts = [DuplicateTexts.Wire, DuplicateTexts.Copy, DuplicateTexts.Rewrite, DuplicateTexts.OtherEvent, DuplicateTexts.Independent];

        var first = await pipeline.RunAsync(Items(texts), store, null, ct);
        var again = await pipeline.RunAsync(Items(texts), store, null, ct);

        var pairs = await store.DuplicatesAsync(null, ct);
        Assert.Equal(3, first.Duplicates);
        Assert.Equal(0, again.Duplicates);
        Assert.Equal(3, pairs.Count);
        var ids = (await store.ListAsync(ct).ToListAsync(ct)).Select(s => s.Id).ToList();
        Assert.Contains(pairs, d => d.A == ids[0] && d.B == ids[1] && d.Relation == DuplicateRelation.Copy);
        Assert.Contains(pairs, d => d.A == ids[0] && d.B == ids[2] && d.Relation == DuplicateRelation.Rewrite);
        Assert.Contains(pairs, d => d.A == ids[1] && d.B == ids[2] && d.Relation == DuplicateRelation.Rewrite);
        Assert.DoesNotContain(pairs, d => d.A == ids[3] || d.B == ids[3] || d.A == ids[4] || d.B == ids[4]);
    }

    [Fact]
    public async Task ArticlesStoredWithoutIndexingAreIndexedByTheNextUpdate()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);

        // As a run killed after writing articles and before the index read them leaves the store.
        await store.AddAsync([DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire"), DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french")], ct);
        var (articles, pairs) = await new DuplicateIndex(store).UpdateAsync(null, ct);
        var nothingLeft = await new DuplicateIndex(store).UpdateAsync(null, ct);

        Assert.Equal((2, 1), (articles, pairs));
        Assert.Equal((0, 0), nothingLeft);
        var translation = Assert.Single(await store.DuplicatesAsync("french", ct));
        Assert.Equal(("wire", "french", DuplicateRelation.Translation), (translation.A, translation.B, translation.Relation));
    }

    [Fact]
    public async Task AStoreFromBeforeTheAnchorsChangedHasItsIndexBuiltAgain()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using (var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct))
        {
            await store.AddAsync([DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire"), DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french")], ct);
            Assert.Equal((2, 1), await new DuplicateIndex(store).UpdateAsync(null, ct));
        }

        // The store as the versions before step 9 left it: prints made with the anchors as they were.
        await Storage.OlderStore.RollBackAsync(folder.File("store.db"), 9, ct);

        await using var reopened = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        Assert.Empty(await reopened.DuplicatesAsync(null, ct));
        Assert.Equal((2, 1), await new DuplicateIndex(reopened).UpdateAsync(null, ct));
    }

    [Fact]
    public async Task ManyCopiesOfOnePieceCostABoundedNumberOfComparisonsEach()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        var wire = DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire");
        const int copies = 300;
        await store.AddAsync([.. Enumerable.Range(0, copies).Select(i => wire with { Id = $"copy-{i:D4}" })], ct);

        var (_, pairs) = await new DuplicateIndex(store).UpdateAsync(null, ct);

        // Each copy is compared with at most MaxCandidates earlier ones, and finds that many copies.
        Assert.Equal(Enumerable.Range(0, copies).Sum(i => Math.Min(i, DuplicateIndex.MaxCandidates)), pairs);
        var derived = DuplicateGraph.WithDerived(await store.DuplicatesAsync(null, ct), _ => "en");
        Assert.True(derived.Count <= copies * DuplicateGraph.MaxNeighbours * DuplicateGraph.MaxNeighbours / 2, $"{derived.Count} pairs");
        Assert.All(derived, d => Assert.Equal(DuplicateRelation.Copy, d.Relation));
    }

    [Fact]
    public void TwoRewritesOfOnePieceAreRelatedThroughIt()
    {
        var found = new List<Duplicate>
        {
            new("wire", "rewrite-1", DuplicateRelation.Rewrite, 0.4, []),
            new("wire", "rewrite-2", DuplicateRelation.Rewrite, 0.3, []),
            new("wire", "french", DuplicateRelation.Translation, 0.8, []),
        };
        var languages = new Dictionary<string, string> { ["wire"] = "en", ["rewrite-1"] = "en", ["rewrite-2"] = "en", ["french"] = "fr" };

        var all = DuplicateGraph.WithDerived(found, languages.GetValueOrDefault);

        Assert.Contains(all, d => d is { A: "rewrite-1", B: "rewrite-2", Relation: DuplicateRelation.Rewrite, Via: "wire", Similarity: 0.3 });
        Assert.Contains(all, d => d is { A: "rewrite-1", B: "french", Relation: DuplicateRelation.Translation, Via: "wire" });
        Assert.Equal(6, all.Count);
    }

    [Fact]
    public async Task TheSameTextAsAPageAndAsPlainTextIsACopy()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), ct);
        var paragraphs = DuplicateTexts.Wire.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>");
        var html = $"""
            <html><head><title>Harbourline buys Koleje Wschodnie</title></head><body>
            <nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav>
            <article><h1>Harbourline buys Koleje Wschodnie</h1>{string.Join("\n   ", paragraphs)}</article>
            <footer>© 2025 Freight Daily. All rights reserved.</footer></body></html>
            """;
        var pipeline = SharedPipeline.Create();
        IngestItem[] items =
        [
            new RawDocument("wire.txt", ContentKind.Text, DuplicateTexts.Wire.Replace("\n\n", "\n\n\n", StringComparison.Ordinal), "t") { DeclaredLanguage = "en" },
            new RawDocument("page.html", ContentKind.Html, html, "h"),
        ];

        var summary = await pipeline.RunAsync(items, store, null, ct);

        Assert.Equal(2, summary.Added);
        var copy = Assert.Single(await store.DuplicatesAsync(null, ct));
        Assert.Equal(DuplicateRelation.Copy, copy.Relation);
    }

    private static IEnumerable<IngestItem> Items(IEnumerable<string> texts) =>
        texts.Select((t, i) => new IngestItem(new RawDocument($"text-{i}.txt", ContentKind.Text, t, $"hash-{i}") { DeclaredLanguage = "en" }, null));
}
