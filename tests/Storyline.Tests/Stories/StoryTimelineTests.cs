using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>Timeline steps and the summary, on invented articles.</summary>
public sealed class StoryTimelineTests
{
    private const string FollowUp = """
        Last month, Harbourline Logistics agreed to buy the Polish rail operator Koleje Wschodnie for 420 million euros. This week the European Commission cleared the deal.

        The first Harbourline trains are due to run between Gdansk and Rotterdam in June, chief executive Marit Olsen said.
        """;

    [Fact]
    public void AnUndatedFollowUpWhoseLeadRefersBackIsALaterStep()
    {
        var articles = new[]
        {
            DuplicateJudgeTests.Analyze(FollowUp, "en", "follow-up"),
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire"),
            DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french"),
        };

        var steps = StoryTimeline.Of(articles);

        Assert.Equal(2, steps.Count);
        Assert.Equal(["french", "wire"], steps[0].Articles.Order(StringComparer.Ordinal));
        Assert.Equal(0, steps[0].DaysAfterStart);
        Assert.Equal(["follow-up"], steps[1].Articles);
        Assert.InRange(steps[1].DaysAfterStart!.Value, 25, 35);
        Assert.Null(steps[1].Date);
    }

    [Theory]
    // A calendar day or month without its year says nothing of how long ago it was in an undated article.
    [InlineData("de", "Am 20. Juli hat Kalvora sein Werk in Krefeld eröffnet. Dr. Jana Brück leitet das Werk seit dem 1. März.", false)]
    [InlineData("fr", "Le 3 mars, Kalvora a ouvert son usine de Krefeld. Jana Brück la dirige depuis janvier.", false)]
    // A year back is the period a figure covers.
    [InlineData("fr", "Kalvora va fermer son usine de Krefeld. L'entreprise a perdu 1,2 milliard d'euros l'an dernier.", false)]
    // A duration does.
    [InlineData("de", "Im vergangenen Monat hat Kalvora sein Werk in Krefeld eröffnet. Jetzt arbeiten dort 300 Menschen.", true)]
    // So does a time elapsed since something; a few days after it is the same event told later.
    [InlineData("fr", "Cinq semaines après sa levée de fonds, Kalvora ouvre son usine de Krefeld.", true)]
    [InlineData("en", "Three days after the fire, Kalvora reopened its plant in Krefeld.", false)]
    public void OnlyADurationInTheLeadRefersBack(string language, string lead, bool refersBack) =>
        Assert.Equal(refersBack, BackReference.DaysAfter(DuplicateJudgeTests.Analyze(lead, language, "a")) is not null);

    [Fact]
    public void DatedArticlesMakeStepsByTheirDatesAndBackgroundDatesDoNotMove()
    {
        var day = new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);
        var articles = new[]
        {
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire + "\n\nThe company opened its Antwerp office last year.", "en", "wire", day),
            DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french", day.AddDays(1)),
            DuplicateJudgeTests.Analyze(FollowUp, "en", "follow-up", day.AddDays(31)),
        };

        var steps = StoryTimeline.Of(articles);

        Assert.Equal([day, day.AddDays(31)], steps.Select(s => s.Date!.Value));
        Assert.Equal(["wire", "french"], steps[0].Articles);
    }

    [Fact]
    public void AStoryOfTwoArticlesInTwoLanguagesThatShareOnlyNamesHasASummary()
    {
        const string german = "Die Lokführergewerkschaft NVL hat am Mittwoch einen Streik bei der Nordbahn begonnen. „Der Streik ist völlig unnötig“, sagte Personalvorstand Jonas Hellberg in Hamburg. NVL-Chef Tilo Brandner verlangt eine kürzere Arbeitswoche bei vollem Lohnausgleich.";
        const string english = "Train drivers of the NVL union began a strike at Nordbahn on Wednesday. \"The strike is completely unnecessary,\" human resources chief Jonas Hellberg told reporters in Hamburg. Union leader Tilo Brandner is demanding a shorter week without pay cuts.";
        var articles = new[] { DuplicateJudgeTests.Analyze(german, "de", "de"), DuplicateJudgeTests.Analyze(english, "en", "en") };

        var (language, sentences) = StorySummary.Of(articles, "de");

        Assert.Equal("de", language);
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Contains(s.Text, german, StringComparison.Ordinal));
    }

    [Fact]
    public void EverySummarySentenceIsASentenceOfItsSourceInTheLanguageAskedFor()
    {
        var articles = new[]
        {
            DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire"),
            DuplicateJudgeTests.Analyze(DuplicateTexts.Independent, "en", "independent"),
            DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french"),
        };

        var (english, sentences) = StorySummary.Of(articles, null);
        var (french, inFrench) = StorySummary.Of(articles, "fr");
        var (fallback, _) = StorySummary.Of(articles, "ja");

        Assert.Equal(("en", "fr", "en"), (english, french, fallback));
        Assert.InRange(sentences.Count, 2, StorySummary.Sentences);
        Assert.All(sentences, s => Assert.Equal(s.Text, articles.Single(a => a.Id == s.Article).Text.Substring(s.Start, s.Length)));
        Assert.All(inFrench, s => Assert.Equal("french", s.Article));
        Assert.Equal(sentences.Count, sentences.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public void ASummaryOfVowelledArabicIsMadeWhereMarksLeaveWordsShort()
    {
        // Harakat are marks: "مُحَمَّدٌ" is nine characters, four once folded.
        const string Text = "قَالَ مُحَمَّدٌ إِنَّ الْمَدِينَةَ سَتَفْتَحُ مُسْتَشْفًى جَدِيدًا فِي الشِّتَاءِ الْقَادِمِ. وَأَضَافَ أَنَّ الْمُسْتَشْفَى سَيَخْدُمُ آلَافَ الْمَرْضَى.";
        var articles = new[] { DuplicateJudgeTests.Analyze(Text, "ar", "one"), DuplicateJudgeTests.Analyze(Text + " شكرا.", "ar", "two") };

        var (language, sentences) = StorySummary.Of(articles, null);

        Assert.Equal("ar", language);
        Assert.NotEmpty(sentences);
    }

    [Fact]
    public void AChineseStoryIsSummedUpInItsSentences()
    {
        string[] texts =
        [
            "深圳一家电池工厂周二发生火灾，三百名工人被紧急疏散。消防部门表示，火灾原因正在调查之中，目前没有人员受伤。该工厂主要为手机生产电池，火灾后已经全面停产。",
            "周二，深圳电池工厂突发大火，工厂三百名工人全部被疏散。消防部门称起火原因仍在调查，暂无人员伤亡报告。",
            "深圳电池厂火灾：三百名工人安全撤离，消防部门正在调查起火原因。工厂已停产，公司表示将尽快恢复生产。",
        ];
        var articles = texts.Select((t, i) => DuplicateJudgeTests.Analyze(t, "zh", $"zh{i}")).ToList();

        var (language, sentences) = StorySummary.Of(articles, null);

        Assert.Equal("zh", language);
        Assert.InRange(sentences.Count, 2, StorySummary.Sentences);
        Assert.All(sentences, s => Assert.EndsWith("。", s.Text, StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Text.Contains("三百名工人", StringComparison.Ordinal));
    }
}
