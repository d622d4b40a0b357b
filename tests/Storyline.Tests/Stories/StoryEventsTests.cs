using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>The kinds of event of articles written for these tests, in the languages whose <c>events.txt</c> ships.</summary>
public sealed class StoryEventsTests
{
    [Fact]
    public void TheTitleAndTheLeadSayWhatHappenedMoreThanTheRest()
    {
        var kinds = StoryEvents.Of(
            "Velmora recalls 40,000 scooters over brake fault",
            "Velmora is recalling 40,000 electric scooters after riders reported that the front brake could fail.\n\n" +
            "The Rotterdam company reported quarterly revenue of 118 million euros last month.",
            "en");

        Assert.Equal("recall", kinds.MaxBy(k => k.Value).Key);
        Assert.True(kinds["recall"] >= StoryEvents.TitleWeight + StoryEvents.LeadWeight, string.Join(", ", kinds));
        Assert.True(kinds.GetValueOrDefault("results") < kinds["recall"] / 2, string.Join(", ", kinds));
    }

    [Theory]
    [InlineData("fr", "Les pilotes de Noordair en grève", "Les syndicats ont appelé à une grève de deux jours; les grévistes réclament des hausses de salaire.")]
    [InlineData("de", "Piloten von Noordair streiken", "Die Gewerkschaft hat zu einem Warnstreik aufgerufen; bestreikt werden alle Flughäfen.")]
    [InlineData("es", "Los pilotos de Noordair, en huelga", "El sindicato convocó una huelga de dos días y los huelguistas piden subidas salariales.")]
    [InlineData("it", "Sciopero dei piloti di Noordair", "Il sindacato ha proclamato uno sciopero di due giorni; gli scioperanti chiedono aumenti.")]
    [InlineData("nl", "Piloten van Noordair staken", "De vakbond heeft een staking van twee dagen aangekondigd; de stakers eisen loonsverhoging.")]
    public void OneEventInAnyLanguageIsOneKind(string language, string title, string text) =>
        Assert.Equal("strike", StoryEvents.Of(title, text, language).MaxBy(k => k.Value).Key);

    [Fact]
    public void AStoryShowsTheKindsItsArticlesReportAndNoneWhereTheyTellTooLittle()
    {
        var recall = DuplicateJudgeTests.Analyze(
            "Velmora recalls 40,000 scooters over brake fault\n\nVelmora is recalling 40,000 electric scooters after riders " +
            "reported that a defective brake cable could snap. Owners should stop using the affected models and will get a full refund.",
            "en", "recall");
        var brief = DuplicateJudgeTests.Analyze("Velmora said its earnings would be published in May.", "en", "brief");

        var kinds = StoryEvents.Shares([recall, brief]);

        Assert.Equal("recall", kinds[0].Kind);
        Assert.All(kinds, k => Assert.InRange(k.Share, StoryEvents.ShownShare, 1));
        Assert.Empty(StoryEvents.Shares([brief]));
    }

    [Fact]
    public void AgreementIsTheCosineOfTheKinds()
    {
        Dictionary<string, double> recall = new() { ["recall"] = 12 }, results = new() { ["results"] = 9, ["recall"] = 3 };

        Assert.Equal(1, StoryEvents.Agreement(recall, new Dictionary<string, double> { ["recall"] = 4 }), 6);
        Assert.Equal(3 / Math.Sqrt(90), StoryEvents.Agreement(recall, results), 6);
        Assert.Equal(0, StoryEvents.Agreement(recall, new Dictionary<string, double>()));
    }
}
