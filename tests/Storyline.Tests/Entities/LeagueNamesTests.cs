using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A word for a sports league and its region after it are the league's name, type other.</summary>
public sealed class LeagueNamesTests
{
    [Theory]
    [InlineData("Der SV Elversberg spielt seit drei Jahren in der Regionalliga Südwest.", "Regionalliga Südwest")]
    [InlineData("Der Aufsteiger aus der Oberliga Niederrhein verlor am Samstag deutlich.", "Oberliga Niederrhein")]
    public void ALeagueAndItsRegionAreOneName(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var league = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Other, league.Type);
        // The region is no place of its own there.
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place);
    }

    [Theory]
    // A common noun after the league word, and a patients' association named "-liga", are no league's name.
    [InlineData("In der Bundesliga Tore zu schießen ist schwer.")]
    [InlineData("Die Migräneliga Nord begrüßte die Ergebnisse der Studie.")]
    public void NoLeague(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Other);
    }
}
