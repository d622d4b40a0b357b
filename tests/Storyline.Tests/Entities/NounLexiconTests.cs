using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

public sealed class NounLexiconTests
{
    [Fact]
    public void GermanListsEveryFormOfANounAsWritten()
    {
        var nouns = NounLexicon.Read(LanguageResources.Embedded, "de");

        Assert.True(nouns.Lists("Flughafen"));
        Assert.True(nouns.Lists("Flughäfen"));
        Assert.True(nouns.Lists("Dörfern"));
        Assert.False(nouns.Lists("flughafen"));
        Assert.False(nouns.Lists("Berlin"));
        Assert.False(nouns.Lists("ADAC")); // initials are left out
    }

    [Theory]
    [InlineData("Vorjahresvergleich", true)] // ends in "Vergleich"
    [InlineData("Aufsichtsrat", true)] // "Rat" after a linking "s"
    [InlineData("Allgäu", false)]
    [InlineData("Eifel", false)]
    public void ACompoundEndingInANounIsANoun(string word, bool noun) =>
        Assert.Equal(noun, NounLexicon.Read(LanguageResources.Embedded, "de").ListsAsNoun(word));

    [Fact]
    public void ALanguageWithoutTheFileHasAnEmptyLexicon() =>
        Assert.True(NounLexicon.Read(LanguageResources.Embedded, "fr").IsEmpty);
}
