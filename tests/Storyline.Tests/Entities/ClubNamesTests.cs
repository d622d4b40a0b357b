using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A club's letters, its capitalised words and its founding year are one organisation.</summary>
public sealed class ClubNamesTests
{
    [Theory]
    [InlineData("Der Platz des SV Endert 1921 stand am Morgen einen halben Meter unter Wasser.", "SV Endert 1921")]
    [InlineData("Im Vereinsheim des SV Kylltal 1921 fehlten nach dem Einbruch sogar die Rasenmäher.", "SV Kylltal 1921")]
    [InlineData("Der FC Bayern München gewann am Samstag gegen den FC Schalke 04 mit 3:1.", "FC Schalke 04")]
    [InlineData("Der FC Bayern München gewann am Samstag gegen den FC Schalke 04 mit 3:1.", "FC Bayern München")]
    public void AClubsLettersNameAndYearAreOneOrganisation(string text, string club)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Organisation, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == club)).Type);
    }
}
