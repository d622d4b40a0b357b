using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A road's letter and number, written with a space after a road's article or a road noun, are one place.</summary>
public sealed class RoadNamesTests
{
    [Theory]
    [InlineData("Die B 27 zwischen Braunlage und Elend bleibt bis Donnerstag gesperrt.", "B 27")]
    [InlineData("Auf der A 7 staute sich der Verkehr am Freitag auf mehr als 20 Kilometern.", "A 7")]
    [InlineData("Der Schwerverkehr weicht seit der Maut auf die parallele Autobahn A 5 aus.", "A 5")]
    [InlineData("Die Polizei stellte die Männer auf einem Parkplatz an der B 421 bei Hillesheim.", "B 421")]
    public void ARoadsLetterAndNumberAreOnePlace(string text, string road)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == road)).Type);
    }

    [Theory]
    [InlineData("Nach der Bruchlandung eines A 340 in Toronto ermitteln die Behörden.")] // an aircraft takes no road's article
    [InlineData("Der Händler hat vom Typ B 2 nur noch wenige Geräte auf Lager.")]
    public void ALetterAndANumberOfAnotherKindAreNoRoad(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place && e.Mentions.Any(m => char.IsAsciiDigit(m.Text[^1])));
    }
}
