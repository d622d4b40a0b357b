using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>Names listed as examples after a plural noun for organisations are organisations.</summary>
public sealed class ExampleNamesTests
{
    [Theory]
    [InlineData("en", "The valuation is higher than that of companies like Kestrova and Tessaly.", "Kestrova", "Tessaly")]
    [InlineData("en", "Rivals such as Brennwald Haustechnik, Tessaly and Voltaria cut prices.", "Brennwald Haustechnik", "Voltaria")]
    [InlineData("fr", "Des entreprises comme Kestrova et Tessaly recrutent à Lyon.", "Kestrova", "Tessaly")]
    public void NamesListedAfterAPluralAndAnExampleWordAreOrganisations(string language, string text, string first, string last)
    {
        var found = Find(text, language);

        Assert.Contains(first, found);
        Assert.Contains(last, found);
    }

    [Theory]
    // Countries, not organisations: no plural for organisations before the example word.
    [InlineData("en", "Countries such as Kestrova and Tessaly signed the treaty.")]
    // No example word after the plural.
    [InlineData("en", "The companies Kestrova and Tessaly signed the treaty.")]
    // Where every noun has a capital, a list after "wie" may hold nouns only.
    [InlineData("de", "Auch Unternehmen wie Banken und Versicherungen investieren in Dresden.")]
    public void OtherListsAreLeftAlone(string language, string text) => Assert.Empty(Find(text, language));

    [Fact]
    public void AListedThingTheTaggerReadJoinsItsOrganisationNeighbours()
    {
        var entities = EntityRecognizer.Default.Recognize("Its valuation is higher than that of companies like Uber and Arm, the chip designer.", "en");

        Assert.Contains(entities, e => e.Name == "Uber" && e.Type == EntityType.Organisation);
        Assert.Contains(entities, e => e.Name == "Arm" && e.Type == EntityType.Organisation);
    }

    private static List<string> Find(string text, string language)
    {
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, language));
        var tokens = new Tokenizer(cues.Elisions).Tokenize(text);
        return ExampleNames.Find(tokens, (0, tokens.Count), new bool[tokens.Count], cues).Select(m => text[m.Start..m.End]).ToList();
    }
}
