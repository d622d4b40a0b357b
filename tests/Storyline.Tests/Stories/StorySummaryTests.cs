using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>What a story's summary is made of when one of its articles joined it at its edge.</summary>
public sealed class StorySummaryTests
{
    [Fact]
    public void AReportAtTheStorysEdgeDoesNotOpenItsSummary()
    {
        // Three reports of a funding round, and a recall that joined them: it names the company, its chief and its city.
        var articles = new[]
        {
            DuplicateJudgeTests.Analyze(CorvalisTexts.Funding, "en", "funding"),
            DuplicateJudgeTests.Analyze(CorvalisTexts.FundingElsewhere, "en", "funding-elsewhere"),
            DuplicateJudgeTests.Analyze(FundingBrief, "en", "funding-brief"),
            DuplicateJudgeTests.Analyze(Recall, "en", "recall"),
        };

        var (_, sentences) = StorySummary.Of(articles, "en");

        Assert.NotEmpty(sentences);
        Assert.DoesNotContain(sentences, s => s.Article == "recall");
    }

    [Fact]
    public void AStoryTiedBetweenLanguagesIsSummedUpInTheLanguageOfItsFirstReport()
    {
        var day = new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);
        var articles = new[]
        {
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire", day.AddHours(2)),
            DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french", day),
        };

        var (language, sentences) = StorySummary.Of(articles, null);

        Assert.Equal("fr", language);
        Assert.All(sentences, s => Assert.Equal("french", s.Article));
    }

    private const string FundingBrief =
        "Lyon battery start-up Corvalis closed a 40 million euro funding round led by Northwind Capital, chief executive " +
        "Anna Brenner said on Tuesday. The money will pay for a second factory and two hundred new engineers.";

    private const string Recall =
        "Corvalis, the Lyon battery maker run by chief executive Anna Brenner, is recalling 12,000 home batteries after " +
        "customers reported overheating. Technicians will replace faulty cells free of charge, the company said. Owners " +
        "were told to switch the units off; the safety authority is examining two reports of smoke in garages.";
}
