using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>Times elapsed since an earlier event, as each language writes them.</summary>
public sealed class ElapsedTimeTests
{
    [Theory]
    [InlineData("en", "It opened on Monday, a little over a month after closing its funding round.", "a month after", 30)]
    [InlineData("en", "The plant reopened 3 weeks after the fire.", "3 weeks after", 21)]
    [InlineData("en", "Two months ago the board approved the plan.", "Two months ago", 60)]
    [InlineData("de", "Fünf Wochen nach seiner Finanzierungsrunde hat Lumora eröffnet.", "Fünf Wochen nach", 35)]
    [InlineData("de", "Vor einem Monat hatte der Konzern den Rückruf angekündigt.", "einem Monat", 30)]
    [InlineData("fr", "Un mois après sa levée de fonds, Lumora ouvre un bureau.", "Un mois après", 30)]
    [InlineData("fr", "Il y a trois semaines, elle annonçait un rappel.", "trois semaines", 21)]
    [InlineData("es", "Cinco semanas después de su ronda de financiación, abre en Berlín.", "Cinco semanas después", 35)]
    [InlineData("es", "Hace un mes anunció la ronda.", "un mes", 30)]
    [InlineData("it", "Tre settimane fa ha annunciato il richiamo.", "Tre settimane fa", 21)]
    [InlineData("nl", "Vijf weken na de financieringsronde opent Zonnig een kantoor.", "Vijf weken na", 35)]
    public void ReadsAnAmountAUnitAndTheWordThatMakesItElapsed(string language, string text, string words, int days)
    {
        var (start, end, found) = Assert.Single(ElapsedTime.For(language).Read(text));

        Assert.Equal(words, text[start..end]);
        Assert.Equal(days, found);
    }

    [Theory]
    [InlineData("en", "The strike lasted five weeks and ended in a deal.")]
    [InlineData("en", "On the day after the vote, weeks after the campaign began, the count went on.")]
    [InlineData("de", "Der Streik soll zwei Wochen dauern.")]
    [InlineData("fr", "La grève durera trois semaines, a prévenu le syndicat.")]
    public void ALengthOfTimeOrAUnitWithoutAnAmountIsNoTimeElapsed(string language, string text) =>
        Assert.Empty(ElapsedTime.For(language).Read(text));

    [Fact]
    public void ALanguageWithoutTheFileReadsNothing() =>
        Assert.Empty(ElapsedTime.For("xx").Read("5 weeks after the storm"));

    [Fact]
    public void AUnitWithoutItsLengthIsAnErrorThatNamesTheResource()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElapsedTime.Parse(["[units]", "week"], "test/elapsed.txt", "en"));

        Assert.Contains("test/elapsed.txt", error.Message, StringComparison.Ordinal);
    }
}
