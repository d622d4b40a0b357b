using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>Where every noun has a capital, an adjective in small letters does not open a name.</summary>
public sealed class AdjectiveOpenersTests
{
    [Theory]
    [InlineData("Den Zuschlag erhielt die dänische Skagerholm A/S, wie die Stadtwerke am Freitag mitteilten.")]
    [InlineData("Wie die österreichische Nachrichtenagentur APA meldete, wurde der Verfassungsgerichtshof angerufen.")]
    [InlineData("Nach Angaben der nepalesischen Armee wurden bei den Kämpfen zwölf Menschen getötet.")]
    public void NoNameOpensWithASmallAdjective(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => char.IsLower(m.Text[0]));
    }

    [Fact]
    public void APersonsSmallParticleStays()
    {
        var entities = EntityRecognizer.Default.Recognize("Der frühere Siemens-Chef Heinrich von Pierer widersprach. Von Pierer sagte, er habe nichts gewusst.", "de");

        Assert.Contains(entities.SelectMany(e => e.Mentions), m => m.Text == "Heinrich von Pierer");
    }
}
