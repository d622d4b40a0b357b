using System.Text;
using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

/// <summary>
/// Golden pages in Cases/Boilerplate/&lt;case&gt;/: input.html (and url.txt when the URL matters) → expected.txt, the
/// paragraphs joined by newlines. Regenerate with STORYLINE_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class BoilerplateGoldenTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(TestPaths.Cases("Boilerplate")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ExtractsTheExpectedParagraphs(string name)
    {
        var folder = Path.Combine(TestPaths.Cases("Boilerplate"), name);
        var html = File.ReadAllText(Path.Combine(folder, "input.html"), Encoding.UTF8);
        var urlFile = Path.Combine(folder, "url.txt");
        var url = File.Exists(urlFile) ? File.ReadAllText(urlFile).Trim() : null;
        var actual = Extractor.Extract(html, url).Text;
        var expectedFile = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("STORYLINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedFile, actual, new UTF8Encoding(false));
        }

        Assert.Equal(File.ReadAllText(expectedFile, Encoding.UTF8), actual);
    }

    [Fact]
    public void ThereAreEnoughCases() => Assert.True(CaseNames().Count >= 6);
}
