using System.Text.Json;
using Storyline.Tests;

namespace Storyline.Cli.Tests;

/// <summary>Entities through the CLI: the article's JSON and view, the cross-article list, training and scoring the tagger.</summary>
public sealed class EntityCommandsTests : IDisposable
{
    private const string French = """
        Airbus recrute à Toulouse

        Le constructeur Airbus va recruter 3 000 personnes à Toulouse cette année, a annoncé mercredi Guillaume Faury.
        Faury a précisé que Airbus ouvrira aussi un centre à Hambourg.

        Lire aussi : Apple présente un nouveau téléphone
        """;

    private const string German = """
        Airbus stellt in Hamburg ein

        Der Flugzeugbauer Airbus will in Hamburg und Toulouse neue Mitarbeiter einstellen, sagte Guillaume Faury am Mittwoch.
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ArticleJsonCarriesEntitiesWhoseSpansPointIntoTheText()
    {
        var id = await Cli.IngestOneAsync(folder, "airbus-fr.txt", French);

        var result = await Cli.RunAsync(folder.Path, null, "article", id, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var text = json.RootElement.GetProperty("text").GetString()!;
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Contains(entities, e => e.GetProperty("name").GetString() == "Toulouse" && e.GetProperty("type").GetString() == "place");
        Assert.Contains(entities, e => e.GetProperty("name").GetString() == "Hamburg");
        foreach (var entity in entities)
        {
            var mentions = entity.GetProperty("mentions").EnumerateArray().ToList();
            Assert.Equal(mentions.Count, entity.GetProperty("count").GetInt32());
            foreach (var m in mentions)
            {
                Assert.Equal(m.GetProperty("text").GetString(), text.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32()));
            }
        }

        // Nothing from the removed "Lire aussi" line.
        Assert.DoesNotContain(entities, e => e.GetProperty("name").GetString() == "Apple");

        var view = await Cli.RunAsync(folder.Path, null, "article", id);
        Assert.Contains("[Toulouse]", view.Stdout, StringComparison.Ordinal);
        Assert.Contains("entities (", view.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntitiesListsOneNameAcrossLanguages()
    {
        folder.Write("in/airbus-fr.txt", French);
        folder.Write("in/airbus-de.txt", German);
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, null, "ingest", "in")).ExitCode);
        var result = await Cli.RunAsync(folder.Path, null, "entities", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var hamburg = json.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Hamburg");
        Assert.Equal(2, hamburg.GetProperty("articles").GetArrayLength());
        Assert.Equal(["Hambourg", "Hamburg"], hamburg.GetProperty("forms").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task TrainThenEvalNerOnCoNllFiles()
    {
        // 60 sentences: blocks of 50 put the first 50 in the test split and the next 10 in dev; train needs blocks 2-9.
        var lines = Enumerable.Range(0, 600).Select(i => i % 2 == 0
            ? "0\tAnna\tB-PER\n1\tBerg\tI-PER\n2\tvisits\tO\n3\tOslo\tB-LOC\n4\t.\tO\n"
            : "0\tNorvik\tB-ORG\n1\topened\tO\n2\tin\tO\n3\tBergen\tB-LOC\n4\t.\tO\n");
        folder.Write("data/en/train.conllu", string.Join("\n", lines) + "\n");

        var train = await Cli.RunAsync(folder.Path, null, "train", "ner", "data", "--out", "model.bin", "--epochs", "3");
        Assert.Equal(0, train.ExitCode);
        Assert.True(File.Exists(folder.File("model.bin")));

        var eval = await Cli.RunAsync(folder.Path, null, "eval", "ner", "data", "--model", "model.bin", "--json");
        Assert.Equal(0, eval.ExitCode);
        using var json = JsonDocument.Parse(eval.Stdout);
        var all = json.RootElement.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("language").GetString() == "all" && s.GetProperty("type").GetString() == "all");
        Assert.Equal(1.0, all.GetProperty("f1").GetDouble());
    }
}
