using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A country's or a state's name in the genitive is that place, even where it opens a sentence.</summary>
public sealed class GenitivePlacesTests
{
    [Theory]
    [InlineData("Der Sturm zog nach Osten. Frankreichs Regierung rief den Notstand aus.", "Frankreichs", "France")]
    [InlineData("Die Pegel steigen weiter. Niedersachsens Kommunen fordern Geld vom Bund.", "Niedersachsens", "Lower Saxony")]
    [InlineData("Die Polizei Hessens und Thüringens sucht nach dem Fahrer.", "Thüringens", "Thuringia")]
    public void ANameInTheGenitiveIsThePlace(string text, string written, string place)
    {
        var entity = Assert.Single(EntityRecognizer.Default.Recognize(text, "de"), e => e.Mentions.Any(m => m.Text == written));

        Assert.Equal(EntityType.Place, entity.Type);
        Assert.Equal(place, entity.Name);
    }

    [Fact]
    public void ANounInTheGenitiveStaysANoun()
    {
        // "Essens" is the genitive of the noun "Essen" as well as of the city; the lexicon lists the noun.
        var entities = EntityRecognizer.Default.Recognize("Die Kosten des Essens trägt der Verein.", "de");

        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "Essens"));
    }
}
