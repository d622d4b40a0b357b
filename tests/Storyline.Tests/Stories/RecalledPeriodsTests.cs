using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>The earlier periods a follow-up names, and what they do to a story's age for it.</summary>
public sealed class RecalledPeriodsTests
{
    private static readonly DateTimeOffset Published = new(2025, 7, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AMonthOrADayBeforeThePublicationIsRecalledAYearTheSameWeekAndTheFutureAreNot()
    {
        var article = DuplicateJudgeTests.Analyze(
            "The company opened its Berlin office on Monday. No new incidents have been reported since mid-June, and the " +
            "board met on 2 May. Founded in 2019, it plans a sales office in Barcelona in December.",
            "en",
            "follow-up",
            Published);

        var periods = RecalledPeriods.Of(article);

        Assert.Equal(
            [new RecalledPeriod(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1)),
             new RecalledPeriod(new DateTimeOffset(2025, 5, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 5, 3, 0, 0, 0, TimeSpan.Zero).AddTicks(-1))],
            periods);
    }

    [Fact]
    public void ADateBelowTheLeadIsBackground()
    {
        var article = DuplicateJudgeTests.Analyze(
            "The company opened its Berlin office on Monday, with 34 engineers working on speech recognition and a second " +
            "floor still being fitted out. It expects to employ around 70 people there by the end of the year, most of them " +
            "hired from outside Germany, the chief executive told reporters at the opening.\n\n" +
            "Separately, a spokesperson said no new incidents had been reported since mid-June in its recall of charging cases.",
            "en",
            "follow-up",
            Published);

        Assert.Empty(RecalledPeriods.Of(article));
    }

    [Fact]
    public void AnUndatedArticleRecallsNothing()
    {
        var article = DuplicateJudgeTests.Analyze("No new incidents have been reported since mid-June 2025.", "en", "undated");

        Assert.Empty(RecalledPeriods.Of(article));
    }

    [Fact]
    public void AFollowUpFiveWeeksLaterThatNamesTheMonthOfTheEventJoinsItsStory()
    {
        var day = new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);
        var clusterer = new StoryClusterer();
        var funding = clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.Funding, "en", "funding", day), []));
        clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.FundingElsewhere, "en", "funding-elsewhere", day.AddHours(6)), []));

        // The same follow-up, once naming when the round was raised and once not.
        var named = new StoryClusterer();
        named.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.Funding, "en", "funding", day), []));
        named.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.FundingElsewhere, "en", "funding-elsewhere", day.AddHours(6)), []));
        var unnamed = clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(FollowUp(""), "en", "follow-up", day.AddDays(38)), []));
        var followUp = named.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(FollowUp(" in early March"), "en", "follow-up", day.AddDays(38)), []));

        Assert.True(unnamed.Started, $"without a date it joined at {unnamed.Score}");
        Assert.Equal(funding.Story, followUp.Story);
    }

    [Fact]
    public void ATimeElapsedSinceANamedEventRecallsItsPeriodAndKind()
    {
        var article = DuplicateJudgeTests.Analyze(
            "Lumora opened its Berlin engineering centre on Monday, a little over a month after closing a $195 million " +
            "funding round. The office houses 34 staff.",
            "en",
            "follow-up",
            Published);

        var period = Assert.Single(RecalledPeriods.Of(article));

        // A month is read as 30 days, give or take a quarter: the round closed between 37.5 and 22.5 days before.
        Assert.Equal(Published.AddDays(-37.5), period.From);
        Assert.Equal(Published.AddDays(-22.5), period.To);
        Assert.Equal("funding", period.Kind);
    }

    [Fact]
    public void ADecimalPointDoesNotEndTheClauseThatNamesTheEvent()
    {
        var article = DuplicateJudgeTests.Analyze(
            "Lumora opened its Berlin office on Monday, two months after its 1.5 billion euro funding round. It has 34 staff.",
            "en",
            "follow-up",
            Published);

        Assert.Equal("funding", Assert.Single(RecalledPeriods.Of(article)).Kind);
    }

    [Fact]
    public void ATimeElapsedOfDaysIsTheSameEventToldLater()
    {
        var article = DuplicateJudgeTests.Analyze(
            "Two days after the fire, the plant reopened; a month ago nobody expected it.", "en", "follow-up", Published);

        var period = Assert.Single(RecalledPeriods.Of(article));

        Assert.Null(period.Kind);
        Assert.Equal(Published.AddDays(-37.5), period.From);
    }

    [Fact]
    public void AFollowUpThatSaysHowLongAfterTheRoundItCameJoinsTheRoundNotTheRecallOfItsWeek()
    {
        var day = new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);
        StoryDecision Run(string followUp, out int funding, out int recall)
        {
            var clusterer = new StoryClusterer();
            funding = clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.Funding, "en", "funding", day), [])).Story;
            clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.FundingElsewhere, "en", "funding-elsewhere", day.AddHours(6)), []));
            recall = clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(CorvalisTexts.Recall, "en", "recall", day.AddDays(6)), [])).Story;
            return clusterer.Assign(StoryArticle.Of(DuplicateJudgeTests.Analyze(followUp, "en", "follow-up", day.AddDays(38)), []));
        }

        var unsaid = Run(SecondFactory(""), out _, out _);
        var said = Run(SecondFactory(", five weeks after its funding round"), out var fundingStory, out var recallStory);

        Assert.True(unsaid.Started, $"without the time elapsed it joined at {unsaid.Score}");
        Assert.NotEqual(fundingStory, recallStory);
        Assert.Equal(fundingStory, said.Story);
    }

    private static string SecondFactory(string when) =>
        "Corvalis opened its second battery factory near Lyon on Monday" + when + ". Chief executive Anna Brenner said " +
        "the plant would employ 120 people by the end of the year and make cells for home storage. Production starts in " +
        "the autumn, and the company is still replacing faulty cells for customers.";

    private static string FollowUp(string when) =>
        "Corvalis opened its second battery factory near Lyon on Monday, paid for by the 40 million euros it raised" + when +
        ". Chief executive Anna Brenner said the plant would employ 120 people by the end of the year and make cells for " +
        "home storage. Production starts in the autumn.";
}
