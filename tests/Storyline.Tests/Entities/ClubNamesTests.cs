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

    [Fact]
    public void AClubsRankOpensItsNameAndTheClubIsCalledWithoutItsLetters()
    {
        const string text = "Der 1. FC Wiesengrund 1912 hat das Derby gegen die SpVgg Haselgrund 1921 mit 3:1 gewonnen. "
            + "Haselgrund war nach zwanzig Minuten in Führung gegangen. Erst nach der Pause drehte Wiesengrund das Spiel.";

        var mentions = EntityRecognizer.Default.Recognize(text, "de").Where(e => e.Type == EntityType.Organisation).SelectMany(e => e.Mentions).ToList();

        Assert.Contains(mentions, m => m.Text == "1. FC Wiesengrund 1912");
        Assert.Contains(mentions, m => m.Text == "SpVgg Haselgrund 1921");
        Assert.Contains(mentions, m => m.Text == "Haselgrund");
        Assert.Contains(mentions, m => m.Text == "Wiesengrund");
    }
}
