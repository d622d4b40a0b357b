using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>Initials with a plural ending are a kind of thing, cut from the end of a name.</summary>
public sealed class PluralInitialsTests
{
    [Theory]
    [InlineData("Many French VCs backed the start-up.", "French VCs", "French")]
    [InlineData("Die Kestrel Labs CEOs trafen sich in Basel.", "Kestrel Labs CEOs", "Kestrel Labs")]
    public void PluralInitialsAreCutFromTheEndOfAName(string text, string tagged, string name)
    {
        var cut = Assert.Single(PluralInitials.Cut([At(text, tagged)], text));

        Assert.Equal(name, text[cut.Start..cut.End]);
    }

    [Fact]
    public void ANameThatIsOnlyPluralInitialsGoes()
    {
        const string text = "Mehrere NGOs kritisierten die Entscheidung.";

        Assert.Empty(PluralInitials.Cut([At(text, "NGOs")], text));
    }

    [Theory]
    // Initials, a name in small letters after a capital, a single capital with an s.
    [InlineData("Die BVG erhöht die Preise.", "BVG")]
    [InlineData("Mrs Leefsma spoke to the court.", "Mrs Leefsma")]
    [InlineData("The Toms River plant closed.", "Toms River")]
    [InlineData("Die Firma ABCs Software wächst.", "ABCs Software")]
    public void OtherNamesStayWhole(string text, string tagged)
    {
        var kept = Assert.Single(PluralInitials.Cut([At(text, tagged)], text));

        Assert.Equal(tagged, text[kept.Start..kept.End]);
    }

    [Fact]
    public void TheEntityStageDropsANationalityLeftAlone()
    {
        var entities = EntityRecognizer.Default.Recognize("Last month, to the excitement of many French VCs and founders, Kestrel opened an office.", "en");

        Assert.DoesNotContain(entities, e => e.Name.Contains("French", StringComparison.Ordinal));
    }

    private static RawMention At(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new RawMention(start, start + name.Length, "MISC");
    }
}
