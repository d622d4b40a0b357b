using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>German parties, named by their initials or short names, are organisations under one English name.</summary>
public sealed class PartyNamesTests
{
    [Theory]
    [InlineData("CDU, SPD und Grüne haben sich am Freitag auf einen Kompromiss geeinigt.", "Grüne", "Alliance 90/The Greens")]
    [InlineData("CDU, SPD und Grüne haben sich am Freitag auf einen Kompromiss geeinigt.", "CDU", "Christian Democratic Union")]
    [InlineData("Gegen den Entwurf stimmten FDP und Freie Wähler, die CSU enthielt sich.", "FDP", "Free Democratic Party")]
    [InlineData("Gegen den Entwurf stimmten FDP und Freie Wähler, die CSU enthielt sich.", "CSU", "Christian Social Union")]
    // The short name in the plural the tagger leaves alone, as the adjective it also is.
    [InlineData("Unterstützung bekamen die Anwohner von SPD und Grünen.", "Grünen", "Alliance 90/The Greens")]
    [InlineData("Das sagte die Sprecherin der Grünen, Anna Lehmann, am Montag.", "Grünen", "Alliance 90/The Greens")]
    public void APartyIsAnOrganisationUnderItsEnglishName(string text, string written, string canonical)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var party = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == written));
        Assert.Equal(EntityType.Organisation, party.Type);
        Assert.Equal(canonical, party.Name);
    }
}
