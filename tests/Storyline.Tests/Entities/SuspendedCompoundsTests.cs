using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>Two compounds sharing their last part, the first written with a hyphen for it: one name, never a person's.</summary>
public sealed class SuspendedCompoundsTests
{
    [Theory]
    [InlineData("de", "Die Industrie- und Handelskammer Lahr warnte am Montag vor neuen Zöllen.", "Industrie- und Handelskammer Lahr")]
    [InlineData("nl", "De Nederlandse Voedsel- en Warenautoriteit heeft de partij uit Venlo teruggeroepen.", "Nederlandse Voedsel- en Warenautoriteit")]
    public void TwoCompoundsSharingTheirLastPartAreOneName(string language, string text, string name)
    {
        var entity = Assert.Single(EntityRecognizer.Default.Recognize(text, language), e => e.Mentions.Any(m => m.Text.Contains('-', StringComparison.Ordinal)));

        Assert.Equal(name, entity.Mentions[0].Text);
        Assert.Equal(EntityType.Organisation, entity.Type);
    }

    // "CDU- und CSU-Abgeordnete" are members of two parties: initials on either side of the hyphen stay names of their own.
    [Theory]
    [InlineData("CDU")]
    [InlineData("CSU")]
    public void InitialsAreNoPartOfASuspendedCompound(string party)
    {
        const string text = "Mehrere CDU- und CSU-Abgeordnete stimmten am Freitag gegen den Antrag.";
        var start = text.IndexOf(party, StringComparison.Ordinal);

        var joined = SuspendedCompounds.Join([new RawMention(start, start + party.Length, "ORG")], text, EntityCues.For(LanguageResources.Embedded, "de"), NameCatalog.Embedded, "de");

        Assert.Equal(party, text[joined[0].Start..joined[0].End]);
    }

    [Fact]
    public void ALanguageThatWritesCompoundsApartIsLeftAlone()
    {
        var entities = EntityRecognizer.Default.Recognize("The Anglo- and French-speaking members of the Lahr Chamber of Commerce met on Monday.", "en");

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text.Contains("- and", StringComparison.Ordinal));
    }
}
