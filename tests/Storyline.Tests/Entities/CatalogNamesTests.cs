using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>
/// A single word the catalog knows as a large place is a place where the tagger, trained on other languages, saw
/// nothing; never where a capital says nothing about a name (German nouns, a sentence's first word that is no country).
/// </summary>
public sealed class CatalogNamesTests
{
    [Theory]
    [InlineData("«Vogliamo parlare a chi Parigi non ascolta più», ha detto la segretaria davanti ai militanti.", "it", "Parigi", "Paris")]
    [InlineData("España firmó el acuerdo en 1998, pero nunca creó una comisión propia.", "es", "España", "Spain")]
    [InlineData("Spanje heeft zo’n commissie niet, al tekende het land het verdrag.", "nl", "Spanje", "Spain")]
    public void ALargePlaceWrittenAloneIsAPlace(string text, string language, string written, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var place = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == written));
        Assert.Equal(name, place.Name);
        Assert.Equal(EntityType.Place, place.Type);
    }

    [Fact]
    public void ANameTheCatalogKnowsWholeWinsOverItsFirstWordAlone()
    {
        var entities = EntityRecognizer.Default.Recognize("I ministri della Unione europea si sono riuniti a Bruxelles.", "it");

        var union = Assert.Single(entities, e => e.Mentions.Any(m => m.Text.StartsWith("Unione", StringComparison.Ordinal)));
        Assert.Equal("European Union", union.Name);
        Assert.Equal("Unione europea", Assert.Single(union.Mentions).Text);
    }

    [Theory]
    [InlineData("Wir haben das Essen schon bestellt.", "de")] // a noun: every German noun has a capital
    [InlineData("Firenze ospiterà il vertice il mese prossimo.", "it")] // a city opening a sentence: maybe a word
    [InlineData("Il fait très froid dans le Nord cette semaine.", "fr")] // a subdivision's name: often a word
    [InlineData("Le Centre alpin de recherche a ouvert ses portes.", "fr")]
    [InlineData("Hij las het in de Washington Post van maandag.", "nl")] // a capital beside it: part of another name
    public void AWordThatMayBeAWordOrPartOfANameIsNotAPlaceByItself(string text, string language)
    {
        var found = Find(text, language);

        Assert.Empty(found);
    }

    [Fact]
    public void WhereNounsHaveCapitalsACityIsLeftToTheTagger()
    {
        Assert.Empty(Find("Nach dem Essen fuhren die Gäste nach Hause.", "de"));

        const string text = "La fiera si è tenuta ieri a Essen e a Colonia.";
        var found = Find(text, "it");
        Assert.Equal(["Essen", "Colonia"], found.Select(m => text[m.Start..m.End]));
        Assert.All(found, m => Assert.Equal("LOC", m.ConllType));
    }

    // After a word that places it, a town far smaller than the lone-word rule asks for is a place, in German too; not a
    // word no town is named after.
    [Theory]
    [InlineData("Die Messe fand gestern in Essen statt.", "de", "Essen")]
    [InlineData("Ein Anwohner aus Emmendingen sagte, er habe nichts gehört.", "de", "Emmendingen")]
    [InlineData("Een bouwbedrijf uit Oss plaatste vorig jaar zo’n bad.", "nl", "Oss")]
    [InlineData("L’olio veniva imbottigliato da una ditta di Bitonto, su cui indaga la procura.", "it", "Bitonto")]
    public void ATownAfterAWordThatPlacesItIsAPlace(string text, string language, string town)
    {
        var found = Find(text, language);

        Assert.Equal([town], found.Select(m => text[m.Start..m.End]));
    }

    // Listed after a town the catalog knows, a town is one too, though a capital comes before it.
    [Fact]
    public void ATownListedAfterATownIsAPlace()
    {
        const string text = "Volgende maand krijgen Zwolle, Kampen en Meppel nieuwe bussen.";
        Assert.Equal(["Zwolle", "Kampen", "Meppel"], Find(text, "nl").Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void AfterAWordThatPlacesItACommonNounIsNoPlace() =>
        Assert.Empty(Find("Die Regel ist seit Mai in Kraft und wird bei Bedarf verlängert.", "de"));

    // The catalog's names in a text the tagger marked nothing in.
    private static List<RawMention> Find(string text, string language)
    {
        var cues = EntityCues.For(LanguageResources.Embedded, language);
        var tokens = new Tokenizer(cues.Elisions).Tokenize(text);
        var words = tokens.Select(t => t.Text).ToArray();
        return CatalogNames.Find(tokens, words, (0, tokens.Count), new bool[tokens.Count], NameCatalog.Embedded, language, cues, text).ToList();
    }
}
