using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>German names in quotation marks right after a noun for the thing they name.</summary>
public sealed class QuotedProductsTests
{
    [Theory]
    [InlineData("Der Hersteller ruft seinen Wasserkocher „Brisa Duo“ zurück, rund 20.000 Geräte.", "Brisa Duo")]
    [InlineData("Bekannt ist das Unternehmen für die Baureihe „Solvanta“, die in Kläranlagen im Einsatz ist.", "Solvanta")]
    [InlineData("Das Start-up hatte das elektrische Lastenrad „Schubkarre“ für Paketdienste entwickelt.", "Schubkarre")]
    [InlineData("Rund 40.000 Kühe tragen schon den Sensor „Herdenwacht Go 2“ am Ohr.", "Herdenwacht Go 2")] // a model's number
    [InlineData("In der Wohnung lief ein Heizlüfter vom Typ „Wärmelux Trio“ die ganze Nacht.", "Wärmelux Trio")] // a noun of three letters
    public void ANameInMarksAfterANounForAThingIsAProduct(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var product = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Product, product.Type);
    }

    // A title that opens with an article, words in small letters, a newspaper's noun: no product.
    [Theory]
    [InlineData("Er wurde mit dem Buch „Die Nacht auf dem Vorfeld“ bekannt.")]
    [InlineData("Die Richterin sprach von einem „Gebäude aus Lügen“.")]
    [InlineData("Das sagte er der Zeitung „Westerwälder Bote“ am Montag.")]
    public void NoProduct(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Product);
    }
}
