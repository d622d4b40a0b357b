using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A name after a noun for a storm is that storm, type other, one entity however the article writes it.</summary>
public sealed class StormNamesTests
{
    [Theory]
    [InlineData("de", "Der Tropensturm Wilma hat sich zum Hurrikan gewandelt. Sturm Wilma hält Kurs auf Florida. Wilma soll am Samstag die Küste erreichen.", "Wilma")]
    [InlineData("de", "Das Sturmtief Henrike hat in Westfalen Bäume entwurzelt.", "Henrike")]
    [InlineData("en", "Tropical Storm Wilma is heading for Florida, where Wilma is expected to make landfall on Saturday.", "Wilma")]
    [InlineData("fr", "La tempête Ciarán a frappé la Bretagne.", "Ciarán")]
    [InlineData("nl", "De winterstorm Henrike raasde over Groningen.", "Henrike")]
    public void ANameAfterAStormNounIsThatStorm(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var storm = Assert.Single(entities, e => e.Mentions.Any(m => m.Text.EndsWith(name, StringComparison.Ordinal)));
        Assert.Equal(EntityType.Other, storm.Type);
        Assert.Equal(name, storm.Name);
        // The noun alone ("zum Hurrikan") names nothing.
        Assert.DoesNotContain(entities, e => e.Name is "Hurrikan" or "Sturm");
    }

    [Fact]
    public void AStormIsNoTownOfItsName()
    {
        // Sandy is a town in Utah the catalog knows.
        var entities = EntityRecognizer.Default.Recognize("Hurricane Sandy flooded the subway tunnels of New York.", "en");

        var storm = Assert.Single(entities, e => e.Mentions.Any(m => m.Text.Contains("Sandy", StringComparison.Ordinal)));
        Assert.Equal(EntityType.Other, storm.Type);
        Assert.Equal("Sandy", storm.Name);
    }

    [Theory]
    // A club named with the word stays a club; a person named so stays a person, the surname alone too.
    [InlineData("Sturm Graz gewann am Sonntag gegen den Tabellenführer.", "Sturm Graz", EntityType.Organisation)]
    [InlineData("Trainer Daniel Sturm war zufrieden. „Wir haben gut gespielt“, sagte Sturm.", "Daniel Sturm", EntityType.Person)]
    public void NoStorm(string text, string name, EntityType type)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var entity = Assert.Single(entities, e => e.Name == name);
        Assert.Equal(type, entity.Type);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Other);
    }
}
