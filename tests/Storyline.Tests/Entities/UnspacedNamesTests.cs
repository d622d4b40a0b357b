using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>Places named in Chinese and Japanese text, which has no spaces between words; sentences written for the test.</summary>
public sealed class UnspacedNamesTests
{
    [Fact]
    public void ChinesePlacesAreReadOffTheCharactersUnderTheirCanonicalNames()
    {
        var entities = EntityRecognizer.Default.Recognize("英国首相周二在伦敦表示，美国和中国的谈判将在巴黎继续。", "zh");

        Assert.Equal(
            ["China", "London", "Paris", "United Kingdom", "United States"],
            entities.Where(e => e.Type == EntityType.Place).Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains(entities, e => e.Name == "London" && e.Mentions.Single().Text == "伦敦");
    }

    [Fact]
    public void AJapanesePlaceIsFoundBeforeTheParticleThatFollowsIt()
    {
        var entities = EntityRecognizer.Default.Recognize("首相は火曜日、ロンドンで記者団に語った。", "ja");

        Assert.Equal("London", Assert.Single(entities).Name);
    }

    [Fact]
    public void TheLongestKnownPlaceWinsEvenWhereItIsTooSmallToBeNamed()
    {
        // The catalog knows Londonderry written so, a city too small to be named alone; London is not read inside it.
        var entities = EntityRecognizer.Default.Recognize("ロンドンデリーの市長が発表した。", "ja");

        Assert.DoesNotContain(entities, e => e.Name == "London");
    }

    [Fact]
    public void AClauseWithoutAPlaceNamesNothing()
    {
        Assert.Empty(EntityRecognizer.Default.Recognize("他今天早上吃了一个苹果，然后去上班了。", "zh"));
    }

    [Fact]
    public void ChineseAndEnglishArticlesShareTheirPlacesCanonicalNames()
    {
        var chinese = EntityRecognizer.Default.Recognize("乌克兰总统周三在基辅会见了美国国务卿。", "zh").Select(e => e.Name);
        var english = EntityRecognizer.Default.Recognize("Ukraine's president met the US secretary of state in Kyiv on Wednesday.", "en").Select(e => e.Name);

        Assert.Superset(new HashSet<string>(["Ukraine", "United States"]), chinese.Intersect(english).ToHashSet());
    }
}
