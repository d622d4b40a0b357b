using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>French writes a court's noun small: with its qualifiers, a link and a place after it, it names the court.</summary>
public sealed class CourtNamesTests
{
    [Theory]
    [InlineData("Le tribunal correctionnel de Marseille a condamné l’ancien maire à deux ans de prison.", "tribunal correctionnel de Marseille")]
    [InlineData("L’éditeur fera appel devant la cour d’appel de Lyon, a indiqué son avocat.", "cour d’appel de Lyon")]
    [InlineData("Le tribunal régional de Munich a donné raison aux plaignants.", "tribunal régional de Munich")]
    public void ACourtOfAPlaceIsAnOrganisation(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "fr");

        var court = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, court.Type);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place);
    }

    // No place after it: a court the article does not name.
    [Theory]
    [InlineData("Le tribunal a tranché en faveur des riverains.")]
    [InlineData("La cour de l’immeuble était fermée depuis mardi.")]
    public void NoCourtWithoutAPlace(string text) =>
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize(text, "fr"), e => e.Type == EntityType.Organisation);
}
