using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A match's score is cut from the end of a team's name; the numbers a name holds stay.</summary>
public sealed class MatchScoresTests
{
    [Theory]
    [InlineData("Das Spiel endete mit Dortmund 2:2 gegen Bayern.", "Dortmund 2:2", "Dortmund")]
    [InlineData("Am Ende stand Hannover 96 – Karlsruher SC 2 : 2.", "Hannover 96 – Karlsruher SC 2 : 2", "Hannover 96 – Karlsruher SC")]
    public void AScoreIsCut(string text, string tagged, string name)
    {
        var cut = Assert.Single(MatchScores.Cut([At(text, tagged)], text));

        Assert.Equal(name, text[cut.Start..cut.End]);
    }

    [Theory]
    [InlineData("Schalke 04 gewann in Hannover.", "Schalke 04")]
    [InlineData("Die Uhr zeigte 12:30, als der Zug kam.", "12:30")]
    public void OtherNumbersStay(string text, string tagged)
    {
        var kept = Assert.Single(MatchScores.Cut([At(text, tagged)], text));

        Assert.Equal(tagged, text[kept.Start..kept.End]);
    }

    private static RawMention At(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new RawMention(start, start + name.Length, "MISC");
    }
}
