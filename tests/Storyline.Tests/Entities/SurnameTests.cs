using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A person named by surname alone: after the full name, or after a title, it is still the person.</summary>
public sealed class SurnameTests
{
    [Fact]
    public void ASurnameAfterTheFullNameIsThePersonNotTheTownOfThatName()
    {
        // The catalog knows a town called Obama (Japan), and the tagger reads the name opening a sentence as a place.
        var entities = EntityRecognizer.Default.Recognize("Barack Obama spoke on Monday. He said more. Obama said the climate was changing.", "en");

        var obama = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Obama"));
        Assert.Equal("Barack Obama", obama.Name);
        Assert.Equal(EntityType.Person, obama.Type);
    }

    [Fact]
    public void APlaceNamedBeforeAPersonWhoseSurnameItIsStaysThePlace()
    {
        var entities = EntityRecognizer.Default.Recognize("Washington was quiet. Denzel Washington spoke in Washington.", "en");

        Assert.Contains(entities, e => e is { Name: "Washington", Type: EntityType.Place });
        Assert.Contains(entities, e => e is { Name: "Denzel Washington", Type: EntityType.Person });
    }

    [Fact]
    public void OneWordAfterATitleIsAPersonNotABrand()
    {
        var entities = EntityRecognizer.Default.Recognize("Mr. Clarke said he relies on coal.", "en");

        var clarke = Assert.Single(entities);
        Assert.Equal(EntityType.Person, clarke.Type);
    }
}
