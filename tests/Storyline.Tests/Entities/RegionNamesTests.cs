using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A lone word that is no noun, after a preposition with its article, is a region, a mountain or a river.</summary>
public sealed class RegionNamesTests
{
    [Theory]
    [InlineData("Der Schnee blieb in der Eifel bis Mittwoch liegen.", "Eifel")]
    [InlineData("Die Bauern im Allgäu fürchten um ihre Weiden.", "Allgäu")]
    [InlineData("An der Iller stieg der Pegel über zwei Meter.", "Iller")]
    public void ALoneWordThatIsNoNounIsAPlace(string text, string place)
    {
        var entity = Assert.Single(EntityRecognizer.Default.Recognize(text, "de"), e => e.Mentions.Any(m => m.Text == place));

        Assert.Equal(EntityType.Place, entity.Type);
    }

    [Theory]
    // A compound whose last part the lexicon lists, with a linking "s" before a short one.
    [InlineData("Im Vorjahresvergleich stiegen die Preise deutlich.", "Vorjahresvergleich")]
    [InlineData("Die Gewerkschaft sitzt seit Jahren im Aufsichtsrat.", "Aufsichtsrat")]
    // A word whose hyphen waits for a later compound.
    [InlineData("Die Bahn spart im Fern- und Regionalverkehr.", "Fern")]
    public void ANounOrAPartOfOneIsNoPlace(string text, string word)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place && e.Mentions.Any(m => m.Text.StartsWith(word, StringComparison.Ordinal)));
    }
}
