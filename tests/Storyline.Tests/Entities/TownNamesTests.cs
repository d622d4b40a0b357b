using Storyline.Entities;
using Storyline.Entities.Names;

namespace Storyline.Tests.Entities;

/// <summary>A town too small for the catalog is a place where the text places it.</summary>
public sealed class TownNamesTests
{
    [Theory]
    [InlineData("Im Vereinsheim des Sportvereins in Jünkerath fehlten nach einem Einbruch sogar die Rasenmäher.", "Jünkerath")]
    [InlineData("Ab Dezember hält der neue Schnellzug zwischen Berlin und Cottbus auch in Lübben und Vetschau.", "Lübben")]
    [InlineData("Die Bande soll Scheunen und Werkstätten bei Daun, Gerolstein und Prüm heimgesucht haben.", "Prüm")]
    // "zwischen" places the list after it.
    [InlineData("Der Radweg zwischen Hillesheim, Jünkerath und Stadtkyll bleibt bis Mai gesperrt.", "Stadtkyll")]
    public void ATownThePrepositionOrAListOfPlacesPlacesIsAPlace(string text, string town)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == town)).Type);
    }

    // A city of the catalog too: the tagger misses it in a list as it misses a small town.
    [Fact]
    public void ACityOfTheCatalogThePrepositionOrAListPlacesIsAPlace()
    {
        const string text = "Die Patientinnen sollen künftig in Kliniken in Schleiz und Saalfeld entbinden, teilte der Landkreis mit.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Saalfeld")).Type);
    }

    [Fact]
    public void ATownTheTaggerTypedOtherwiseIsAPlaceWhereTheTextPlacesIt()
    {
        const string text = "Er habe für die Wohnanlagen in Heidenau und Dohna Stundenzettel abzeichnen müssen. "
            + "Den Haushalten in Pirna, Freital und Dohna könnten bis zu 700 Euro zurückstehen.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Dohna")).Type);
    }

    [Fact]
    public void AWordBetweenTwoPlacesOfAListIsAPlace()
    {
        // "Harra" is in no town list; the tagger reads it as an organisation between two villages.
        var entities = EntityRecognizer.Default.Recognize("Wer in Wurzbach, Harra oder Remptendorf wohne, brauche im Notfall länger.", "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Harra")).Type);
    }

    // A village in no list: a word that is no noun and no first name, after "in", "nach" or "aus".
    [Theory]
    [InlineData("Seit Montag sitzen in Byhlen rund 200 Urlauber fest, die Zufahrt ist verschneit.", "Byhlen")]
    [InlineData("Der Bäcker aus Lieske liefert jeden Morgen Brötchen an die Notunterkunft.", "Lieske")]
    public void AVillageInNoListIsAPlaceAfterAPrepositionForPlaces(string text, string village)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == village)).Type);
    }

    // "bei" puts people at a firm as often as at a place, and a genitive stands before the noun it qualifies.
    [Theory]
    [InlineData("Er arbeitet seit zwölf Jahren bei Byhlen und will dort bleiben.", "Byhlen")]
    [InlineData("Die Entscheidung fiel in Lieskes Büro am Freitag.", "Lieskes")]
    public void NoVillageAfterBeiNorBeforeANoun(string text, string word) =>
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize(text, "de"), e => e.Type == EntityType.Place && e.Mentions.Any(m => m.Text == word));

    // A city of the catalog named by a noun, without an article after "in": the city.
    [Fact]
    public void ACityNamedByANounIsAPlaceAfterIn()
    {
        var entities = EntityRecognizer.Default.Recognize("Die Wartezeiten in Hof seien deutlich länger, sagte der Geschäftsführer.", "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Hof")).Type);
    }

    [Fact]
    public void ATownNamedByACommonNounStaysANoun()
    {
        // "Burg" is a village too, but first a castle.
        var entities = EntityRecognizer.Default.Recognize("Nach dem Umbau kehrt die Sammlung nach Burg zurück, sagte die Kuratorin.", "de");

        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "Burg"));
    }

    [Fact]
    public void TheShippedListHasTheSmallTowns()
    {
        Assert.True(TownList.Embedded.Contains("Jünkerath"));
        Assert.True(TownList.Embedded.Contains("Prüm"));
        Assert.InRange(TownList.Embedded.Count, 50_000, 200_000);
    }
}
