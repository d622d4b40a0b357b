using System.Text.Json;
using Storyline.Tests;

namespace Storyline.Cli.Tests;

/// <summary>The contract users script against: exit codes, JSON shapes, the store options.</summary>
public sealed class CliContractTests : IDisposable
{
    private const string Article = """
        Le Parlement européen adopte la loi sur l'IA

        Le Parlement européen a adopté mercredi à Strasbourg le règlement sur l'intelligence artificielle, par 523 voix contre 46.
        Le texte entrera progressivement en vigueur à partir de 2025, a précisé la présidente de l'assemblée.

        Lire aussi : Bruxelles inflige une amende record à un géant du numérique
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ingest")]
    [InlineData("article")]
    [InlineData("ingest", "x.txt", "--max-size", "-3")]
    [InlineData("eval", "language", "/no/such/gold")]
    [InlineData("eval", "canonical", "/no/such/pairs.tsv")]
    [InlineData("gazetteer", "build", "--from", "/no/such/packages", "--out", "out")]
    public async Task UsageErrorsExitWithTwo(params string[] args)
    {
        var result = await Cli.RunAsync(folder.Path, null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task EvalCanonicalPrintsAccuracyAndMisses()
    {
        folder.Write("pairs.tsv", "# test\nBruxelles\tfr\tBrussels\nZorblaxville\ten\tZorblax\n");
        var result = await Cli.RunAsync(folder.Path, null, "eval", "canonical", "pairs.tsv", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(0.5, json.RootElement.GetProperty("accuracy").GetDouble());
        var miss = Assert.Single(json.RootElement.GetProperty("misses").EnumerateArray().ToList());
        Assert.Equal("Zorblaxville", miss.GetProperty("surface").GetString());
        Assert.Equal(JsonValueKind.Null, miss.GetProperty("resolved").ValueKind);
    }

    [Fact]
    public async Task IngestJsonSummaryThenArticlesAndArticle()
    {
        folder.Write("in/loi-ia.txt", Article);
        var ingest = await Cli.RunAsync(folder.Path, null, "ingest", "in", "--json");
        Assert.Equal(0, ingest.ExitCode);
        using var summary = JsonDocument.Parse(ingest.Stdout);
        Assert.Equal(1, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt32());
        Assert.True(File.Exists(folder.File("storyline.db")), "the default store is storyline.db in the current folder");

        var list = await Cli.RunAsync(folder.Path, null, "articles", "--json");
        using var articles = JsonDocument.Parse(list.Stdout);
        var first = Assert.Single(articles.RootElement.EnumerateArray().ToList());
        foreach (var key in new[] { "id", "source", "language", "title", "published" })
        {
            Assert.True(first.TryGetProperty(key, out _), $"articles[] has {key}");
        }

        Assert.False(first.TryGetProperty("text", out _), "articles lists carry no text");

        var id = first.GetProperty("id").GetString()!;
        var one = await Cli.RunAsync(folder.Path, null, "article", id[..8], "--json");
        Assert.Equal(0, one.ExitCode);
        using var article = JsonDocument.Parse(one.Stdout);
        var root = article.RootElement;
        foreach (var key in new[] { "id", "source", "language", "title", "published", "text", "removed", "entities", "figures", "quotes" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"article has {key}");
        }

        Assert.Equal("fr", root.GetProperty("language").GetString());
        Assert.Equal("Le Parlement européen adopte la loi sur l'IA", root.GetProperty("title").GetString());
        Assert.StartsWith("Le Parlement européen a adopté mercredi", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Lire aussi : Bruxelles inflige une amende record à un géant du numérique", root.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ReingestingAddsNothingAndSaysSo()
    {
        folder.Write("in/loi-ia.txt", Article);
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, null, "ingest", "in")).ExitCode);
        var again = await Cli.RunAsync(folder.Path, null, "ingest", "in");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 1 unchanged, 0 failed", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing new", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedFileGivesExitOneAndALineWithItsReason()
    {
        folder.Write("in/loi-ia.txt", Article);
        folder.Write("in/empty.html", "");
        var result = await Cli.RunAsync(folder.Path, null, "ingest", "in");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 added, 0 unchanged, 1 failed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"failed   {Path.Combine("in", "empty.html")}: empty file", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandardInputIsAnInput()
    {
        var result = await Cli.RunAsync(folder.Path, Article, "ingest", "-", "--db", "piped.db", "--json");
        Assert.Equal(0, result.ExitCode);
        var list = await Cli.RunAsync(folder.Path, null, "articles", "--db", "piped.db", "--json");
        using var articles = JsonDocument.Parse(list.Stdout);
        Assert.Equal("-", Assert.Single(articles.RootElement.EnumerateArray().ToList()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task StorylineDbSelectsTheStoreAndDbOverridesIt()
    {
        folder.Write("in/loi-ia.txt", Article);
        var env = new Dictionary<string, string> { ["STORYLINE_DB"] = folder.File("from-env.db") };
        Assert.Equal(0, (await Cli.RunWithEnvironmentAsync(folder.Path, null, env, "ingest", "in")).ExitCode);
        Assert.True(File.Exists(folder.File("from-env.db")));
        Assert.False(File.Exists(folder.File("storyline.db")));

        var overridden = await Cli.RunWithEnvironmentAsync(folder.Path, null, env, "articles", "--db", "other.db", "--json");
        Assert.Equal("[]", overridden.Stdout.Trim());
    }

    [Fact]
    public async Task UnknownArticleIsAFailureWithAReason()
    {
        folder.Write("in/loi-ia.txt", Article);
        await Cli.RunAsync(folder.Path, null, "ingest", "in");
        var result = await Cli.RunAsync(folder.Path, null, "article", "ffffffff");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no article with id 'ffffffff'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresIsRefusedClearlyForNow()
    {
        var result = await Cli.RunAsync(folder.Path, null, "articles", "--store", "postgres://localhost/storyline");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PostgreSQL", result.Stderr, StringComparison.Ordinal);
    }
}
