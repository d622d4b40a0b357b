using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>A speaker named by age ("die 47-Jährige", "the 47-year-old") is the person the text was about.</summary>
public sealed class QuoteAgeSpeakerTests
{
    [Theory]
    [InlineData("de", "Die Bürgermeisterin Ilse Vormann setzte sich am Sonntag durch. „Wir bleiben die Partei der Dörfer“, rief die 47-Jährige den Anhängern zu.")]
    [InlineData("de", "Die Bürgermeisterin Ilse Vormann setzte sich am Sonntag durch. „Wir bleiben die Partei der Dörfer“, sagte die 47-Jährige am Abend.")]
    [InlineData("de", "Die Bürgermeisterin Ilse Vormann setzte sich am Sonntag durch. Die 47-jährige Politikerin sagte: „Wir bleiben die Partei der Dörfer.“")]
    [InlineData("en", "Mayor Ilse Vormann won the vote on Sunday. \"We remain the party of the villages,\" the 47-year-old told supporters.")]
    [InlineData("it", "La sindaca Ilse Vormann ha vinto domenica. «Restiamo il partito dei paesi», ha detto la 47enne ai sostenitori.")]
    [InlineData("fr", "La maire Ilse Vormann a gagné dimanche. « Nous restons le parti des villages », a déclaré la quadragénaire aux militants.")]
    // Where the person is from does not make the description longer.
    [InlineData("nl", "Burgemeester Ilse Vormann won zondag de stemming. ‘Wij blijven de partij van de dorpen’, zei de 47-jarige uit Zwolle tegen deze krant.")]
    [InlineData("de", "Die Bürgermeisterin Ilse Vormann setzte sich am Sonntag durch. „Wir bleiben die Partei der Dörfer“, sagte die 47-Jährige aus Lingen.")]
    // Before the verb, with where the person is from: the words after "told" are whom it was told.
    [InlineData("en", "Mayor Ilse Vormann won the vote on Sunday. ‘We remain the party of the villages,’ the 47-year-old mayor from Lingen told the newspaper.")]
    public void APersonNamedByAgeIsThePersonNamedBefore(string language, string text)
    {
        var quote = Only(text, language, Person("Ilse Vormann"));

        Assert.Equal("Ilse Vormann", quote.Speaker);
    }

    [Fact]
    public void ANumberThatIsNoAgeNamesNobody()
    {
        // "die 47 Delegierten" is a group, not the person named before.
        var quote = Only("Die Bürgermeisterin Ilse Vormann setzte sich durch. „Wir bleiben hier“, sagten die 47 Delegierten.", "de", Person("Ilse Vormann"));

        Assert.NotEqual("Ilse Vormann", quote.Speaker);
    }
}
