using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>Two places the tagger read as one across "and" or a preposition, and a place of several words the tagger read as a person.</summary>
public sealed class ListedNamesTests
{
    [Theory]
    [InlineData("Los vuelos a Ámsterdam y Barcelona fueron cancelados.", "es", "Ámsterdam y Barcelona", "Amsterdam", "Barcelona")]
    [InlineData("I sindacati chiedono garanzie negli impianti di Bergamo e Ravenna.", "it", "Bergamo e Ravenna", "Bergamo", "Ravenna")]
    [InlineData("Los pasajeros pueden volar a Ámsterdam o Barcelona.", "es", "Ámsterdam o Barcelona", "Amsterdam", "Barcelona")]
    [InlineData("Die Reisenden können nach Hamburg oder Bremen ausweichen.", "de", "Hamburg oder Bremen", "Hamburg", "Bremen")]
    // A route: "da Livorno a Palma"; Italian "a" ("to") is a preposition between names.
    [InlineData("La nuova linea collega da giugno Livorno a Palma tre volte alla settimana.", "it", "Livorno a Palma", "Livorno", "Palma")]
    public void TwoPlacesJoinedByAConjunctionAreTwoNames(string text, string language, string tagged, string first, string second)
    {
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var cues = EntityCues.For(LanguageResources.Embedded, language);

        var parts = ListedNames.Split([new RawMention(start, start + tagged.Length, "PER")], text, cues, NameCatalog.Embedded, language);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal("LOC", p.ConllType));
        Assert.Equal(first, NameCatalog.Embedded.Resolve(text[parts[0].Start..parts[0].End], language)!.Name);
        Assert.Equal(second, NameCatalog.Embedded.Resolve(text[parts[1].Start..parts[1].End], language)!.Name);
    }

    [Fact]
    public void TheSecondPlacesOwnArticleIsNoPartOfIt()
    {
        const string text = "Le linee per la Sardegna e la Corsica restano aperte.";
        const string tagged = "Sardegna e la Corsica";
        var start = text.IndexOf(tagged, StringComparison.Ordinal);

        var parts = ListedNames.Split([new RawMention(start, start + tagged.Length, "LOC")], text, EntityCues.For(LanguageResources.Embedded, "it"), NameCatalog.Embedded, "it");

        Assert.Equal(["Sardegna", "Corsica"], parts.Select(p => text[p.Start..p.End]));
    }

    // A conjunction and a preposition join two places whatever the catalog knows; a place's own name keeps them apart.
    [Theory]
    [InlineData("Agrupa a vecinos de Tavernolo y de Villamarga en la costa.", "es", "Tavernolo y de Villamarga", "Tavernolo", "Villamarga")]
    [InlineData("Les habitants de Montvoisin et de Saint-Arlès protestent.", "fr", "Montvoisin et de Saint-Arlès", "Montvoisin", "Saint-Arlès")]
    public void APlaceReadAcrossAConjunctionAndAPrepositionIsTwo(string text, string language, string tagged, string first, string second)
    {
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var parts = ListedNames.Split([new RawMention(start, start + tagged.Length, "LOC")], text, EntityCues.For(LanguageResources.Embedded, language), NameCatalog.Embedded, language);
        Assert.Equal([first, second], parts.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void AnOrganisationReadAcrossAConjunctionAndAPrepositionStaysWhole()
    {
        const string text = "El Ministerio de Industria y de Comercio publicó la orden.";
        const string tagged = "Ministerio de Industria y de Comercio";
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var parts = ListedNames.Split([new RawMention(start, start + tagged.Length, "ORG")], text, EntityCues.For(LanguageResources.Embedded, "es"), NameCatalog.Embedded, "es");
        Assert.Single(parts);
    }

    [Theory]
    [InlineData("At Amsterdam's Schiphol airport the desks were deserted.", "Amsterdam's Schiphol", "Amsterdam", "Schiphol")]
    [InlineData("Shares in McDonald's Corp rose 2%.", "McDonald's Corp", "McDonald's Corp", null)]
    // The typographic apostrophe news prints.
    [InlineData("At Amsterdam’s Schiphol airport the desks were deserted.", "Amsterdam’s Schiphol", "Amsterdam", "Schiphol")]
    public void APlaceInThePossessiveAndTheNameAfterItAreTwoNames(string text, string tagged, string first, string? second)
    {
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var cues = EntityCues.For(LanguageResources.Embedded, "en");

        var parts = ListedNames.Split([new RawMention(start, start + tagged.Length, "LOC")], text, cues, NameCatalog.Embedded, "en");

        Assert.Equal(second is null ? [first] : [first, second], parts.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void ANameWhoseSidesTheCatalogDoesNotKnowStaysWhole()
    {
        const string text = "Shares of Marks and Spencer rose.";
        var start = text.IndexOf("Marks", StringComparison.Ordinal);
        var mention = new RawMention(start, start + "Marks and Spencer".Length, "ORG");

        var parts = ListedNames.Split([mention], text, EntityCues.For(LanguageResources.Embedded, "en"), NameCatalog.Embedded, "en");

        Assert.Equal([mention], parts);
    }

    [Theory]
    [InlineData("The minister flew on to Trinidad and Tobago.", "Trinidad and Tobago")]
    [InlineData("Later she visited Antigua and Barbuda.", "Antigua and Barbuda")]
    public void ACountryTheCatalogKnowsWholeStaysWholeThoughItKnowsItsSides(string text, string tagged)
    {
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var mention = new RawMention(start, start + tagged.Length, "LOC");

        var parts = ListedNames.Split([mention], text, EntityCues.For(LanguageResources.Embedded, "en"), NameCatalog.Embedded, "en");

        Assert.Equal([mention], parts);
    }

    [Theory]
    [InlineData("Nei Paesi Bassi la legge è cambiata.", "it", "Paesi Bassi", "Netherlands")]
    [InlineData("En los Países Bajos la ley ha cambiado.", "es", "Países Bajos", "Netherlands")]
    public void APlaceOfSeveralWordsTheCatalogKnowsIsThePlace(string text, string language, string written, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);
        var place = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == written));
        Assert.Equal(name, place.Name);
        Assert.Equal(EntityType.Place, place.Type);
    }
}
