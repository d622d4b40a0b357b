using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A first name, small particles and a capitalised word are one person's name.</summary>
public sealed class ParticledPersonsTests
{
    // The tagger reads the first name alone, and the surname as an organisation or a run-on person.
    [Theory]
    [InlineData("Volgens longarts Ahmed el Khatib van het Willibrordus is de wachtlijst te lang.", "Ahmed el Khatib")]
    [InlineData("Volgens hoogleraar Sanne ten Hove van de Universiteit Utrecht is dat onzin.", "Sanne ten Hove")]
    [InlineData("Directeur Fatima el Amrani van het Maasziekenhuis zei dat de wachtlijst groeit.", "Fatima el Amrani")]
    public void AFirstNameParticlesAndASurnameAreOnePerson(string text, string person)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "nl");

        Assert.Contains(entities, e => e.Name == person && e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name == person.Split(' ')[0]);
    }

    // After a noble particle a place is the family's name; a first name may be two joined by a hyphen.
    [Theory]
    [InlineData("Verteidigungsminister Karl-Theodor zu Guttenberg hatte Fehler eingeräumt.", "Karl-Theodor zu Guttenberg")]
    [InlineData("Die Äbtissin Hildegard von Bingen schrieb über Heilkunde.", "Hildegard von Bingen")]
    public void AfterANobleParticleAPlaceIsTheFamilysName(string text, string person)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Contains(entities, e => e.Name == person && e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place);
    }

    // "Willibrordus" after the person stays a name of its own.
    [Fact]
    public void WhatTheTaggerRanOnAfterTheSurnameIsCutAtItsPreposition()
    {
        var entities = EntityRecognizer.Default.Recognize("Volgens longarts Ahmed el Khatib van het Willibrordus is de wachtlijst te lang.", "nl");

        Assert.Contains(entities, e => e.Name == "Willibrordus");
    }
}
