using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A hospital or a school named after a person in one German word is that institution.</summary>
public sealed class NamedInstitutionsTests
{
    [Theory]
    [InlineData("Der Annaklinik in Wolfenhagen droht die Schließung, teilte der Betreiber mit.", "Annaklinik")]
    [InlineData("Gegen die Schließung des Friedrichskrankenhauses gingen 800 Menschen auf die Straße.", "Friedrichskrankenhauses")]
    [InlineData("Im Marienhospital wurden am Montag drei Verletzte behandelt.", "Marienhospital")]
    [InlineData("Die Sophie-Scholl-Schule bleibt wegen des Sturms geschlossen, sagte die Rektorin.", "Sophie-Scholl-Schule")]
    public void AnInstitutionNamedAfterAPersonIsAnOrganisation(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var institution = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, institution.Type);
    }

    // A kind of clinic or school ("Kinderklinik", "Grundschule"), a compound of nouns hyphenated, a word too short for a name.
    [Theory]
    [InlineData("Die Kinderklinik in Wolfenhagen sucht Pflegekräfte.")]
    [InlineData("Die Grundschule am Markt bleibt geschlossen.")]
    [InlineData("Die Reha-Klinik am See hat neue Betten.")]
    public void AKindOfInstitutionIsNoName(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organisation);
    }
}
