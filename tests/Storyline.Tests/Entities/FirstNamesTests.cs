using Storyline.Entities;
using Storyline.Entities.Names;

namespace Storyline.Tests.Entities;

/// <summary>First names as the lists give them, accents or not, and a person's full name that no comma sets off a body's name.</summary>
public sealed class FirstNamesTests
{
    // The lists write "Maria" and "Encarnacion"; news writes them with their accents.
    [Theory]
    [InlineData("María")]
    [InlineData("Encarnación")]
    [InlineData("Maria")]
    public void AnAccentedFirstNameIsListedAsItsListWritesIt(string name) => Assert.True(FirstNames.Embedded.Listed(name));

    [Fact]
    public void AWordNoListGivesStaysUnlisted() => Assert.False(FirstNames.Embedded.Listed("Almería"));

    [Fact]
    public void APersonRightAfterABodysPlaceIsNoPartOfTheBodysName()
    {
        var entities = EntityRecognizer.Default.Recognize(
            "Para la catedrática de Economía Agraria de la Universidad de Almería Encarnación Sáez Rull, se trata de la mayor inversión en veinte años.", "es");

        Assert.Contains(entities, e => e is { Name: "Universidad de Almería", Type: EntityType.Organisation });
        Assert.DoesNotContain(entities, e => e.Name.Contains("Encarnación", StringComparison.Ordinal) && e.Type == EntityType.Organisation);
    }
}
