using Storyline.Dictionaries;

namespace Storyline.Tests.Dictionaries;

public sealed class WordStemsTests
{
    [Theory]
    [InlineData("en", "offices", "office")]
    [InlineData("fr", "bureaux", "bureau")]
    [InlineData("de", "unternehmens", "unternehmen")]
    [InlineData("it", "uffici", "ufficio")]
    public void InflectedFormsShareTheirStem(string language, string inflected, string lemma) =>
        Assert.Equal(WordStems.Stem(language, lemma), WordStems.Stem(language, inflected));

    [Theory]
    [InlineData("xx")]
    [InlineData("zh")]
    public void ALanguageWithoutAStemmerKeepsItsWordsWhole(string language) =>
        Assert.Equal("offices", WordStems.Stem(language, "offices"));
}
