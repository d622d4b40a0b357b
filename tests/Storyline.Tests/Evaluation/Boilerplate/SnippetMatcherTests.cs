using Storyline.Evaluation;
using Storyline.Evaluation.Boilerplate;

namespace Storyline.Tests.Evaluation.Boilerplate;

public sealed class SnippetMatcherTests
{
    private static readonly TrafilaturaCase Page = new(
        "https://example.org/a",
        "a.html",
        ["Die GEMA dreht völlig am Zeiger!", "200 g  Zucker"],
        ["Impressum", "31. Mai", "Teilen"]);

    [Fact]
    public void CountsLikeTrafilaturasCountItem()
    {
        // Both 'with' snippets are found (one across a line break), "Impressum" leaks, the other two do not.
        const string text = "Die GEMA dreht\nvöllig am Zeiger!\n200 g Zucker\nImpressum";

        Assert.Equal(new ConfusionMatrix(2, 1, 0, 2), SnippetMatcher.Count(Page, text));
    }

    [Fact]
    public void MatchingIsCaseSensitiveAsInPython()
        => Assert.Equal(new ConfusionMatrix(0, 0, 2, 3), SnippetMatcher.Count(Page, "die gema dreht völlig am zeiger! impressum"));

    [Fact]
    public void AFailedExtractionMissesEverything()
        => Assert.Equal(new ConfusionMatrix(0, 0, 2, 3), SnippetMatcher.Count(Page, null));

    [Theory]
    [InlineData("  a \t b\n\nc  ", "a b c")]
    [InlineData("\u00A0x\u00A0", "x")]
    [InlineData("", "")]
    public void NormalisesWhitespace(string text, string expected) => Assert.Equal(expected, SnippetMatcher.Normalize(text));

    [Fact]
    public void SplitIsStableAndCoversBothHalves()
    {
        var splits = Enumerable.Range(0, 200).Select(i => BenchmarkSplit.Of($"https://example.org/{i}")).ToList();

        Assert.Equal(BenchmarkSplit.Of("https://example.org/7"), BenchmarkSplit.Of("https://example.org/7"));
        Assert.InRange(splits.Count(s => s == BenchmarkSplit.Dev), 70, 130);
        Assert.All(splits, s => Assert.Contains(s, new[] { BenchmarkSplit.Dev, BenchmarkSplit.Test }));
    }
}
