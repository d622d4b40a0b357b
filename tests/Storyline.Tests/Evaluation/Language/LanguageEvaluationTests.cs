using Storyline.Evaluation.Language;
using Storyline.Tests.Text;

namespace Storyline.Tests.Evaluation.Language;

public sealed class LanguageEvaluationTests
{
    private const string French = "Le conseil municipal a adopté mardi le nouveau budget après un long débat.";
    private const string German = "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.";
    private const string Italian = "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito.";

    private static LanguageEvaluation Evaluation => new(SharedLanguageIdentifier.Instance);

    [Fact]
    public void CountsPerLanguageAndConfusionsOnHandCheckedGold()
    {
        // Deliberately corrupted gold: the second French text is labelled German, so de scores 1 of 2 and de→fr appears once.
        LanguageSample[] gold =
        [
            new("a", "fr", French),
            new("b", "de", German),
            new("c", "de", French),
            new("d", "it", Italian),
        ];

        var result = Evaluation.Evaluate(gold);

        Assert.Equal(4, result.Support);
        Assert.Equal(3, result.Correct);
        Assert.Equal(0.75, result.Accuracy);
        Assert.Equal([new LanguageScore("de", 2, 1), new LanguageScore("fr", 1, 1), new LanguageScore("it", 1, 1)], result.PerLanguage);
        Assert.Equal([new LanguageConfusion("de", "fr", 1)], result.Confusions);
    }

    [Fact]
    public void WritesATableWithSupportAndMicroAverage()
    {
        var result = Evaluation.Evaluate([new LanguageSample("a", "fr", French), new LanguageSample("b", "it", French)]);
        using var writer = new StringWriter();

        LanguageEvaluation.Write(result, writer);

        var text = writer.ToString();
        Assert.Contains("fr                1        1   100.00%", text, StringComparison.Ordinal);
        Assert.Contains("all               2        1    50.00%", text, StringComparison.Ordinal);
        Assert.Contains("it→fr 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsGoldJsonLinesAndFolders()
    {
        var dir = Directory.CreateTempSubdirectory("storyline-lang-");
        try
        {
            var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, "dev"));
            File.WriteAllLines(Path.Combine(sub.FullName, "articles.jsonl"),
            [
                $$"""{"file": "a.html", "url": null, "language": "FR", "text": "{{French}}"}""",
                "",
                $$"""{"file": "b.html", "url": "https://example.org/b", "language": "de", "text": "{{German}}"}""",
            ]);

            var samples = LanguageGoldReader.Read(dir.FullName);

            Assert.Equal(["fr", "de"], samples.Select(s => s.Language));
            Assert.Equal(1.0, Evaluation.Evaluate(dir.FullName).Accuracy);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"file": "a.html", "language": "fr", "text": ""}""")]
    [InlineData("""{"file": "a.html", "text": "Bonjour à tous et bienvenue."}""")]
    [InlineData("not json")]
    public void InvalidGoldFailsLoudly(string line)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [line]);

            var error = Assert.Throws<InvalidDataException>(() => LanguageGoldReader.ReadJsonLines(path));
            Assert.Contains($"{path}:1", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DuplicateFileInGoldFailsLoudly()
    {
        var path = Path.GetTempFileName();
        try
        {
            var line = $$"""{"file": "a.html", "url": null, "language": "fr", "text": "{{French}}"}""";
            File.WriteAllLines(path, [line, line]);

            Assert.Throws<InvalidDataException>(() => LanguageGoldReader.ReadJsonLines(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadsQuotedCsvFields()
    {
        var csv = "a,b,c\n1,\"x, \"\"quoted\"\"\nnext line\",z\r\n2,,\"\"\n";

        var rows = CsvRows.Read(new StringReader(csv)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "x, \"quoted\"\nnext line", "z"], rows[1]);
        Assert.Equal(["2", "", ""], rows[2]);
    }

    [Theory]
    [InlineData("Erster Satz. Zweiter Satz ist länger als der Rest.", 20, "Erster Satz.")]
    [InlineData("one two three four five six", 14, "one two three")]
    [InlineData("短い文章です", 3, "短い文")]
    [InlineData("short", 100, "short")]
    public void CutsSnippetsAtBoundaries(string text, int max, string expected) => Assert.Equal(expected, Snippet.Cut(text, max));

}
