using Storyline.Entities;
using Storyline.Storage;

namespace Storyline.Tests.Entities;

public sealed class CorpusNamesTests
{
    private static Entity E(string name, EntityType type, params string[] forms) =>
        new(name, type, forms.Select((f, i) => new Mention(f, i * 10, f.Length)).ToList());

    [Fact]
    public void ShortNamesInOneArticleJoinTheLongNameOthersWrote()
    {
        var unified = CorpusNames.Unify(
        [
            new ArticleEntities("a", "fr", [E("Northgate Ventures", EntityType.Organisation, "Northgate Ventures"), E("Brussels", EntityType.Place, "Bruxelles")]),
            new ArticleEntities("b", "de", [E("Brussels", EntityType.Place, "Brüssel"), E("Dana Wexler", EntityType.Person, "Dana Wexler")]),
            new ArticleEntities("c", "en", [E("Northgate", EntityType.Organisation, "Northgate", "Northgate"), E("Wexler", EntityType.Person, "Wexler")]),
        ]);

        Assert.Equal(3, unified.Count);
        var brussels = unified.Single(e => e.Name == "Brussels");
        Assert.Equal(["a", "b"], brussels.Articles);
        Assert.Equal(["Bruxelles", "Brüssel"], brussels.Forms);
        Assert.Equal(["a", "c"], unified.Single(e => e.Name == "Northgate Ventures").Articles);
        Assert.Equal(3, unified.Single(e => e.Name == "Northgate Ventures").Mentions);
        Assert.Equal(["b", "c"], unified.Single(e => e.Name == "Dana Wexler").Articles);
    }

    [Fact]
    public void AnOrganisationsNameTranslatedWordForWordIsOneName()
    {
        var unified = CorpusNames.Unify(
        [
            new ArticleEntities("a", "fr", [E("Musée Vasconcelos", EntityType.Organisation, "Musée Vasconcelos")]),
            new ArticleEntities("b", "es", [E("Museo Vasconcelos", EntityType.Organisation, "Museo Vasconcelos", "Museo Vasconcelos")]),
            new ArticleEntities("c", "it", [E("Museo Vasconcelos", EntityType.Organisation, "Museo Vasconcelos")]),
        ]);

        var museum = Assert.Single(unified);
        Assert.Equal("Museo Vasconcelos", museum.Name);
        Assert.Equal(["a", "b", "c"], museum.Articles.Order());
    }

    [Theory]
    // Nothing but cognates: two countries' national museums, not one name.
    [InlineData("fr", "Musée National", "es", "Museo Nacional")]
    // One language writes one name one way: two spellings there are two bodies.
    [InlineData("es", "Museo Vasconcelos", "es", "Musea Vasconcelos")]
    // A word that is no translation of the other's.
    [InlineData("fr", "Musée Vasconcelos", "de", "Stiftung Vasconcelos")]
    public void OtherNamesStayApart(string languageA, string nameA, string languageB, string nameB)
    {
        var unified = CorpusNames.Unify(
        [
            new ArticleEntities("a", languageA, [E(nameA, EntityType.Organisation, nameA)]),
            new ArticleEntities("b", languageB, [E(nameB, EntityType.Organisation, nameB)]),
        ]);

        Assert.Equal(2, unified.Count);
    }

    [Fact]
    public void InflectedNamesOfOtherArticlesAreOneName()
    {
        var unified = CorpusNames.Unify(
        [
            new ArticleEntities("a", "de", [E("Deutschen Bahn", EntityType.Organisation, "Deutschen Bahn")]),
            new ArticleEntities("b", "en", [E("Deutsche Bahn", EntityType.Organisation, "Deutsche Bahn", "Deutsche Bahn")]),
            new ArticleEntities("c", "de", [E("Deutsche Bahn", EntityType.Organisation, "Deutsche Bahn")]),
        ]);

        var bahn = Assert.Single(unified);
        Assert.Equal("Deutsche Bahn", bahn.Name);
        Assert.Equal(["a", "b", "c"], bahn.Articles);
    }

    [Fact]
    public void AShortNameWithTwoPossibleLongNamesStaysAlone()
    {
        var unified = CorpusNames.Unify(
        [
            new ArticleEntities("a", "en", [E("Dana Wexler", EntityType.Person, "Dana Wexler"), E("Tom Wexler", EntityType.Person, "Tom Wexler")]),
            new ArticleEntities("b", "en", [E("Wexler", EntityType.Person, "Wexler")]),
        ]);

        Assert.Contains(unified, e => e.Name == "Wexler");
    }

    [Fact]
    public void NamesOneArticleKeptApartStayApartEverywhere()
    {
        var unified = CorpusNames.Unify(
        [
            new ArticleEntities("a", "de", [E("Northgate", EntityType.Organisation, "Northgate"), E("Northgate Academy", EntityType.Organisation, "Northgate Academy")]),
            new ArticleEntities("b", "en", [E("Northgate", EntityType.Organisation, "Northgate")]),
        ]);

        Assert.Equal(["a", "b"], unified.Single(e => e.Name == "Northgate").Articles);
        Assert.Equal(["a"], unified.Single(e => e.Name == "Northgate Academy").Articles);
    }
}
