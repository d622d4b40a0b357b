using System.Text.Json;
using Storyline.Tests;

namespace Storyline.Cli.Tests;

/// <summary>Quote twins through the CLI: the quotes table and JSON over stored articles, and eval twins on the samples.</summary>
public sealed class QuoteCommandsTests : IDisposable
{
    private const string French = """
        Vantor investit à Lyon

        « Nous investirons 500 millions d’euros dans notre nouveau centre de recherche à Lyon », a déclaré Nadia Roux, la directrice générale de Vantor.
        """;

    private const string English = """
        Vantor to invest in Lyon

        "We will invest €500m in our new research centre in Lyon," Vantor said in a statement on Tuesday.
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task QuotesMergeOneStatementAcrossLanguagesAndNameEachSourcesSpeaker()
    {
        folder.Write("in/vantor-fr.txt", French);
        folder.Write("in/vantor-en.txt", English);
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, null, "ingest", "in")).ExitCode);

        var result = await Cli.RunAsync(folder.Path, null, "quotes", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var statement = Assert.Single(json.RootElement.EnumerateArray());
        Assert.StartsWith("We will invest", statement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["fr", "en"], statement.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2, statement.GetProperty("articles").GetArrayLength());
        Assert.Contains(statement.GetProperty("verdict").GetString(), new[] { "same", "differ", "unknown" });
        foreach (var v in statement.GetProperty("versions").EnumerateArray())
        {
            foreach (var field in new[] { "articleId", "language", "text", "start", "length", "kind", "speaker", "cue" })
            {
                Assert.True(v.TryGetProperty(field, out _), $"version without '{field}'");
            }
        }

        Assert.Contains(statement.GetProperty("speakers").EnumerateArray(), s => s.GetProperty("speaker").GetString() == "Vantor");

        var table = await Cli.RunAsync(folder.Path, null, "quotes", "--twins");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("We will invest", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 in several articles", table.Stdout, StringComparison.Ordinal);

        var unknown = await Cli.RunAsync(folder.Path, null, "quotes", "ffffffffff");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no article", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleMarksWhereEachQuotesSpeakerIsNamed()
    {
        var id = await Cli.IngestOneAsync(folder, "vantor-fr.txt", French);

        using var json = JsonDocument.Parse((await Cli.RunAsync(folder.Path, null, "article", id, "--json")).Stdout);
        var text = json.RootElement.GetProperty("text").GetString()!;
        var quote = Assert.Single(json.RootElement.GetProperty("quotes").EnumerateArray());
        var span = quote.GetProperty("speakerSpan");
        Assert.Equal("Nadia Roux", text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
        Assert.False(span.TryGetProperty("end", out _), "a span is written as start and length");

        var view = await Cli.RunAsync(folder.Path, null, "article", id);
        Assert.Contains("a déclaré {[Nadia Roux]}", view.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticlesQuoteTableShowsAPronounBesideTheSpeakerItStandsFor()
    {
        var id = await Cli.IngestOneAsync(folder, "vantor-fr.txt", French + "\n\nElle a ajouté : « Lyon a les meilleurs ingénieurs d’Europe et nous voulons les garder ici. »");

        var view = await Cli.RunAsync(folder.Path, null, "article", id);

        Assert.Contains("Nadia Roux (\"Elle\")", view.Stdout, StringComparison.Ordinal);
        Assert.Contains("{Elle} a ajouté", view.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalTwinsScoresTheSamples()
    {
        var gold = Path.Combine(TestPaths.RepositoryRoot, "samples", "gold", "dev");
        var twins = await Cli.RunAsync(folder.Path, null, "eval", "twins", gold, "--json");
        Assert.Equal(0, twins.ExitCode);
        using var json = JsonDocument.Parse(twins.Stdout);
        var all = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("pairs").GetString() == "all");
        Assert.True(all.GetProperty("gold").GetInt32() > 0);
        Assert.InRange(all.GetProperty("precision").GetDouble(), 0.5, 1.0);

        var missing = await Cli.RunAsync(folder.Path, null, "eval", "twins", "no-such-folder");
        Assert.Equal(2, missing.ExitCode);
    }

    // --pairs lists each pair judged otherwise than the gold: as many as the scores' false joins and missed twins.
    [Fact]
    public async Task EvalTwinsListsThePairsItGotWrong()
    {
        var gold = Path.Combine(TestPaths.RepositoryRoot, "samples", "gold", "dev");
        var twins = await Cli.RunAsync(folder.Path, null, "eval", "twins", gold, "--pairs", "--json");
        Assert.Equal(0, twins.ExitCode);
        using var json = JsonDocument.Parse(twins.Stdout);
        var all = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("pairs").GetString() == "all");
        var wrong = (all.GetProperty("found").GetInt32() - all.GetProperty("truePositives").GetInt32())
            + (all.GetProperty("gold").GetInt32() - all.GetProperty("truePositives").GetInt32());
        var misses = json.RootElement.GetProperty("misses").EnumerateArray().ToList();
        Assert.Equal(wrong, misses.Count);
        Assert.Contains(misses, m => m.GetProperty("gold").GetBoolean());
        Assert.All(misses, m => Assert.NotEqual(m.GetProperty("articleA").GetString(), m.GetProperty("articleB").GetString()));

        var table = await Cli.RunAsync(folder.Path, null, "eval", "twins", gold, "--pairs");
        Assert.Contains("missed", table.Stdout, StringComparison.Ordinal);
    }
}
