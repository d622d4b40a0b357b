using System.Text;
using Storyline.Ingest;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Ingest;

/// <summary>Each bad input gets one clear failure (file, line where it applies, reason) and the good file beside it is stored.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodText = """
        Hausse des prix de l'énergie en Europe

        Les prix de l'électricité ont augmenté de 12 % en février, selon les chiffres publiés mardi par l'office statistique européen.
        Les ménages allemands et italiens sont les plus touchés, a précisé l'organisme dans un communiqué.
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task EmptyFile() => await AssertFailsBesideGood(folder.Write("in/empty.txt", ""), null, "empty file");

    [Fact]
    public async Task ImageRenamedHtml() =>
        await AssertFailsBesideGood(folder.Write("in/photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), null, "not text: looks like a PNG image");

    [Fact]
    public async Task FileOverTheSizeLimit()
    {
        var path = folder.File("in/huge.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var stream = File.Create(path))
        {
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 50; i++)
            {
                await stream.WriteAsync(chunk, TestContext.Current.CancellationToken);
            }
        }

        await AssertFailsBesideGood(path, null, "file is 50 MB, over the 16 MB limit (--max-size)");
    }

    [Fact]
    public async Task InvalidUtf8IsDecodedWithAWarningNotLost()
    {
        byte[] latin1 = [.. Encoding.Latin1.GetBytes("Grève générale à Marseille\n\nLes cheminots ont cessé le travail mercredi matin, a indiqué le syndicat.\nLe trafic reprendra jeudi, selon la direction régionale.")];
        folder.Write("in/latin1.txt", latin1);
        var good = folder.Write("in/good.txt", GoodText);
        var (summary, store) = await IngestAsync(folder.File("in"));
        await using var _ = store;
        Assert.Equal(2, summary.Added);
        var warning = Assert.Single(summary.Warnings);
        Assert.Contains("not valid UTF-8", warning.Reason, StringComparison.Ordinal);
        var titles = new List<string?>();
        foreach (var id in summary.AddedIds)
        {
            titles.Add((await store.GetAsync(id, TestContext.Current.CancellationToken))!.Title);
        }

        Assert.Contains("Grève générale à Marseille", titles);
        Assert.NotNull(good);
    }

    [Fact]
    public async Task MalformedHtmlIsStillRead()
    {
        folder.Write("in/broken.html", "<html><body><div><p>Le Parlement européen a adopté mercredi une loi sur l'intelligence artificielle.<p>Le texte entrera en vigueur en 2026, ont précisé les députés.<div><span>");
        folder.Write("in/good.txt", GoodText);
        var (summary, store) = await IngestAsync(folder.File("in"));
        await using var _ = store;
        Assert.Empty(summary.Failures);
        Assert.Equal(2, summary.Added);
    }

    [Fact]
    public async Task TruncatedFeed()
    {
        const string feed = """
            <rss version="2.0"><channel><title>Site</title>
            <item><title>Premier</title><link>https://a.example/1</link><description>Le Sénat a voté la réforme des retraites dans la nuit, après trois jours de débats.</description></item>
            <item><title>Second</title><link>https://a.example/2</link><descr
            """;
        await AssertFailsBesideGood(folder.Write("in/cut.xml", feed), 3, "malformed feed after 1 item(s)", expectedAdded: 2);
    }

    [Fact]
    public async Task JsonLinesWithOneBrokenLine()
    {
        const string jsonl = """
            {"title": "A", "text": "La Banque centrale européenne a maintenu ses taux directeurs jeudi.", "url": "https://a.example/a"}
            {"title": "B", "text": "broken
            {"title": "C", "text": "Die Europäische Zentralbank hat die Leitzinsen am Donnerstag unverändert gelassen.", "url": "https://a.example/c"}
            """;
        await AssertFailsBesideGood(folder.Write("in/news.jsonl", jsonl), 2, "invalid JSON", expectedAdded: 3);
    }

    [Fact]
    public async Task UnreadableFile()
    {
        var path = folder.Write("in/locked.txt", GoodText.Replace("12 %", "15 %", StringComparison.Ordinal));
        // Root reads any file whatever its mode; an exclusive lock makes the file unreadable for everyone.
        await using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        await AssertFailsBesideGood(path, null, "cannot read");
    }

    [Fact]
    public async Task PathThatDoesNotExist()
    {
        folder.Write("in/good.txt", GoodText);
        var (summary, store) = await IngestAsync(folder.File("in"), folder.File("nowhere/missing.html"));
        await using var _ = store;
        Assert.Equal(1, summary.Added);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("no such file or directory", failure.Reason);
    }

    [Fact]
    public async Task WhitespaceOnlyText() => await AssertFailsBesideGood(folder.Write("in/blank.txt", " \n\n\t \n"), null, "no text (only whitespace)");

    [Fact]
    public async Task HtmlWithoutAnyContent() =>
        await AssertFailsBesideGood(folder.Write("in/nav.html", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"), null, "no article text found");

    private async Task AssertFailsBesideGood(string badPath, int? line, string reason, int expectedAdded = 1)
    {
        folder.Write("in/good.txt", GoodText);
        var (summary, store) = await IngestAsync(folder.File("in"));
        await using var _ = store;
        var failure = Assert.Single(summary.Failures);
        Assert.Equal(badPath, failure.Source);
        Assert.Equal(line, failure.Line);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.Equal(expectedAdded, summary.Added);
        Assert.Equal(expectedAdded, await store.CountAsync(TestContext.Current.CancellationToken));
    }

    private async Task<(IngestSummary, SqliteArticleStore)> IngestAsync(params string[] paths)
    {
        var store = await SqliteArticleStore.OpenAsync(folder.File("store.db"), TestContext.Current.CancellationToken);
        var pipeline = SharedPipeline.Create();
        var walker = new InputWalker(pipeline.Options.Ingest);
        var summary = await pipeline.RunAsync(walker.Walk(paths), store, null, TestContext.Current.CancellationToken);
        return (summary, store);
    }
}
