using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A quote's capitalised first word, written once and unknown, is a word the person said, not a name.</summary>
public sealed class LoneOpenersTests
{
    [Theory]
    [InlineData("it", "«Vogliamo parlare con tutti», ha detto la segretaria ai militanti.", "Vogliamo")]
    [InlineData("es", "“Espero que otros museos sigan este camino”, añadió el abogado.", "Espero")]
    public void AQuoteOpeningWordWrittenOnceIsNoName(string language, string text, string word)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text == word);
    }

    [Theory]
    [InlineData("en", "Greenpeace criticised the plan on Monday. The ministry did not comment.", "Greenpeace")] // outside quotes
    public void ANameOutsideQuotesStays(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Name == name);
    }

    [Fact]
    public void ANameWrittenAgainStaysAtTheStartOfAQuote()
    {
        const string text = "La start-up Lumora a levé 180 millions d’euros. « Lumora a deux ans d’avance », dit-il.";

        var entities = EntityRecognizer.Default.Recognize(text, "fr");

        Assert.Equal(2, Assert.Single(entities, e => e.Name == "Lumora").Mentions.Count);
    }
}
