using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>An organisation's own name followed by where it is: two names, unless the place tells which one it is.</summary>
public sealed class OrganisationOriginsTests
{
    [Theory]
    [InlineData("es", "El Museo Larrañaga de Bilbao devolverá a los herederos el óleo.", "Museo Larrañaga", "Bilbao")]
    [InlineData("fr", "Le Musée Larrañaga de Bilbao a annoncé mercredi qu’il rendra le tableau.", "Musée Larrañaga", "Bilbao")]
    [InlineData("it", "Il Politecnico Subalpino di Torino ha annunciato mercoledì una nuova batteria.", "Politecnico Subalpino", "Turin")]
    public void TheNameAndThePlaceAreTwo(string language, string text, string organisation, string place)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Type == EntityType.Organisation && e.Name == organisation);
        Assert.Contains(entities, e => e.Type == EntityType.Place && e.Name == place);
    }

    [Theory]
    // One word is a name by itself where the article writes it alone too.
    [InlineData("Il gruppo Korvane di Basilea ha annunciato l’acquisizione. Korvane pagherà in contanti.", "Korvane", 1)]
    [InlineData("Il gruppo Korvane di Basilea ha annunciato l’acquisizione.", "Korvane di Basilea", 0)]
    public void AOneWordNameIsCutFromItsPlaceWhereItIsWrittenAlone(string text, string name, int alone)
    {
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, "it"));
        var start = text.IndexOf("Korvane di Basilea", StringComparison.Ordinal);
        var mentions = new List<RawMention> { new(start, start + "Korvane di Basilea".Length, "ORG") };
        if (alone > 0)
        {
            var at = text.IndexOf("Korvane pagherà", StringComparison.Ordinal);
            mentions.Add(new RawMention(at, at + "Korvane".Length, "ORG"));
        }

        var cut = OrganisationOrigins.Cut(mentions, text, cues, NameCatalog.Embedded, "it");

        Assert.Equal(name, text[cut[0].Start..cut[0].End]);
    }

    [Theory]
    [InlineData("it", "Tribunale regionale di Amburgo")] // a court is told apart by its place
    [InlineData("it", "Politecnico di Milano")] // no name without the place
    [InlineData("es", "Museo Larrañaga de Arte Moderno")] // no place after the preposition
    public void ANameThePlaceBelongsToStaysWhole(string language, string name)
    {
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, language));
        var mention = new RawMention(0, name.Length, "ORG");

        Assert.Equal([mention], OrganisationOrigins.Cut([mention], name, cues, NameCatalog.Embedded, language));
    }

    [Fact]
    public void ARegionTheCatalogKnowsWholeIsNoNameAndItsPlace()
    {
        // "Asie" written alone before makes it a name by itself; the catalog knows "Asie du Sud-Est" whole.
        const string text = "Le groupe ouvre un bureau en Asie. Il vise d’abord l’Asie du Sud-Est.";
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, "fr"));
        var alone = text.IndexOf("Asie", StringComparison.Ordinal);
        var whole = text.IndexOf("Asie du Sud-Est", StringComparison.Ordinal);
        List<RawMention> mentions = [new(alone, alone + 4, "LOC"), new(whole, whole + "Asie du Sud-Est".Length, "LOC")];

        Assert.Equal(mentions, OrganisationOrigins.Cut(mentions, text, cues, NameCatalog.Embedded, "fr"));
        Assert.Contains(EntityRecognizer.Default.Recognize(text, "fr"), e => e.Name == "Southeast Asia" && e.Type == EntityType.Place);
    }

    [Fact]
    public void APersonIsNoOrganisation()
    {
        const string name = "Charles de Gaulle";
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, "fr"));
        var mention = new RawMention(0, name.Length, "PER");

        Assert.Equal([mention], OrganisationOrigins.Cut([mention], name, cues, NameCatalog.Embedded, "fr"));
    }

    // Cut at the second place's preposition, the conjunction before it is no part of the first name.
    [Fact]
    public void TheConjunctionBeforeTheSecondPlaceIsNoPartOfTheFirst()
    {
        const string text = "Kasgoed estudió la compra de dos empresas de la Región de Murcia y de Huelva.";
        var mentions = EntityRecognizer.Default.Recognize(text, "es").SelectMany(e => e.Mentions).ToList();

        Assert.Contains(mentions, m => m.Text == "Región de Murcia");
        Assert.DoesNotContain(mentions, m => m.Text.EndsWith(" y", StringComparison.Ordinal));
    }
}
