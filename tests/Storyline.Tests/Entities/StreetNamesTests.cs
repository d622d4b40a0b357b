using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>Streets and stations whose kind is written small before the name, in French, Italian and Spanish.</summary>
public sealed class StreetNamesTests
{
    [Theory]
    [InlineData("fr", "Le cabinet a ouvert ses bureaux quai Perrache, à deux pas de la Saône.", "quai Perrache")]
    [InlineData("fr", "Les voyageurs ont été évacués de la gare de l'Est vers 18 heures.", "gare de l'Est")]
    [InlineData("fr", "Le cortège a remonté le boulevard Haussmann jusqu'à la rue de Rivoli.", "rue de Rivoli")]
    [InlineData("it", "La nuova sede sarà in via Toffetti, nella periferia sud.", "via Toffetti")]
    [InlineData("es", "La marcha recorrió la calle de Alcalá hasta la plaza de Cibeles.", "plaza de Cibeles")]
    public void TheKindAndTheNameAreOnePlace(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Type == EntityType.Place && e.Mentions.Any(m => m.Text == name));
    }

    // A way through a town the catalog knows.
    [Fact]
    public void ATownRightAfterTheKindIsAWayThroughIt()
    {
        var entities = EntityRecognizer.Default.Recognize("Il treno regionale passa via Bologna prima di arrivare.", "it");

        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "via Bologna"));
        Assert.Contains(entities, e => e.Mentions.Any(m => m.Text == "Bologna"));
    }
}
