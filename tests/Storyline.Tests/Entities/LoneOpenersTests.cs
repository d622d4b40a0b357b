using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>
/// A quote's capitalised first word, written once and unknown, is a word the person said, not a name; so is a sentence's
/// first word that the article also writes in small letters, where only names have capitals.
/// </summary>
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

    [Theory]
    [InlineData("es", "Luego del incidente el conductor huyó. El juez dijo que luego habrá más detalles.", "Luego", false)]
    // Never in small letters.
    [InlineData("es", "Kestrel abrió una oficina. El juez dijo que luego habrá más detalles.", "Kestrel", true)]
    // Every noun has a capital: "Bank" opening a sentence and "bank" in a name's compound tell nothing.
    [InlineData("de", "Leiter der Bank ist Okafor. Er sagte, leiter sei er gern.", "Leiter", true)]
    public void ASentencesFirstWordWrittenInSmallLettersElsewhereIsNoName(string language, string text, string word, bool stays)
    {
        var tokens = new Tokenizer(EntityCues.All(LanguageResources.Embedded).Elisions).Tokenize(text);
        var mention = new RawMention(text.IndexOf(word, StringComparison.Ordinal), text.IndexOf(word, StringComparison.Ordinal) + word.Length, "PER");

        var kept = LoneOpeners.Drop([mention], tokens, SentenceSplitter.Split(text, tokens), NameCatalog.Embedded, language, capitalisedNouns: language == "de");

        Assert.Equal(stays, kept.Count == 1);
    }
}
