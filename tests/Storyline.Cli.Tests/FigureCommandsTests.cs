using System.Text.Json;
using Storyline.Tests;

namespace Storyline.Cli.Tests;

/// <summary>Figures and claims through the CLI: the article's JSON and view, the claims table and JSON, the evaluations.</summary>
public sealed class FigureCommandsTests : IDisposable
{
    private const string French = """
        Vantor lève des fonds

        La société lyonnaise Vantor a levé 120 millions d’euros auprès du fonds Northbay Capital, a-t-elle annoncé mardi.
        Vantor emploie 450 salariés dans 12 pays.
        """;

    private const string English = """
        Vantor raises money

        The Lyon-based company Vantor has raised €135m from Northbay Capital, it said on Tuesday.
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ArticleJsonCarriesFiguresWhoseSpansPointIntoTheText()
    {
        var id = await Cli.IngestOneAsync(folder, "vantor-fr.txt", French);

        using var json = JsonDocument.Parse((await Cli.RunAsync(folder.Path, null, "article", id, "--json")).Stdout);
        var text = json.RootElement.GetProperty("text").GetString()!;
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        foreach (var f in figures)
        {
            Assert.Equal(f.GetProperty("text").GetString(), text.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32()));
            foreach (var field in new[] { "kind", "value", "unit", "qualifier", "subject", "attribute" })
            {
                Assert.True(f.TryGetProperty(field, out _), $"figure without '{field}'");
            }
        }

        var money = Assert.Single(figures, f => f.GetProperty("kind").GetString() == "money");
        Assert.Equal(1.2e8, money.GetProperty("value").GetDouble());
        Assert.Equal("EUR", money.GetProperty("unit").GetString());
        Assert.Equal("exact", money.GetProperty("qualifier").GetString());
        Assert.Equal("funding", money.GetProperty("attribute").GetString());
        Assert.Contains(figures, f => f.GetProperty("kind").GetString() == "count" && f.GetProperty("unit").GetString() == "employees");

        var view = await Cli.RunAsync(folder.Path, null, "article", id);
        Assert.Contains("figures (", view.Stdout, StringComparison.Ordinal);
        Assert.Contains("EUR 120m", view.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsCompareTheArticlesAndNameTheirSources()
    {
        folder.Write("in/vantor-fr.txt", French);
        folder.Write("in/vantor-en.txt", English);
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, null, "ingest", "in")).ExitCode);

        var result = await Cli.RunAsync(folder.Path, null, "claims", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var funding = json.RootElement.EnumerateArray().Single(c => c.GetProperty("attribute").GetString() == "funding");
        Assert.Equal("Vantor", funding.GetProperty("subject").GetString());

        // €120m against €135m: one currency, 12 % apart.
        Assert.Equal("conflict", funding.GetProperty("verdict").GetString());
        Assert.Equal(2, funding.GetProperty("values").GetArrayLength());
        Assert.All(funding.GetProperty("values").EnumerateArray(), v => Assert.Equal(1, v.GetProperty("articles").GetArrayLength()));

        var table = await Cli.RunAsync(folder.Path, null, "claims");
        Assert.Contains("conflict", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Vantor", table.Stdout, StringComparison.Ordinal);

        var unknown = await Cli.RunAsync(folder.Path, null, "claims", "ffffffffff");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no article", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalFiguresAndClaimsScoreTheSamples()
    {
        var gold = Path.Combine(TestPaths.RepositoryRoot, "samples", "gold", "dev");
        var figures = await Cli.RunAsync(folder.Path, null, "eval", "figures", gold, "--json");
        Assert.Equal(0, figures.ExitCode);
        using (var json = JsonDocument.Parse(figures.Stdout))
        {
            var all = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("language").GetString() == "all");
            Assert.InRange(all.GetProperty("f1").GetDouble(), 0.5, 1.0);
        }

        var claims = await Cli.RunAsync(folder.Path, null, "eval", "claims", gold, "--json");
        Assert.Equal(0, claims.ExitCode);
        using (var json = JsonDocument.Parse(claims.Stdout))
        {
            Assert.Contains(json.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("verdict").GetString() == "all");
        }

        var missing = await Cli.RunAsync(folder.Path, null, "eval", "figures", "no-such-folder");
        Assert.Equal(2, missing.ExitCode);
    }
}
