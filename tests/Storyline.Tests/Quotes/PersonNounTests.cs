using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// A description of a person by what they do ("the lawyer", "la militante", "der Firmenchef") takes up the person it was
/// written beside before ([person-nouns] of quotes.txt), as titles do.
/// </summary>
public sealed class PersonNounTests
{
    [Theory]
    [InlineData("en", "Nadia Kerrow, a lawyer representing three families, spoke outside the court. “Someone did not do their job,” the lawyer said.")]
    [InlineData("fr", "Nadia Kerrow, militante du collectif, a pris la parole. « Nous ne lâcherons rien », a ajouté la militante.")]
    [InlineData("de", "Die Kritik wies Firmenchef Nadia Kerrow zurück. „Da war alles in Ordnung“, sagte der Firmenchef.")]
    [InlineData("nl", "Activiste Nadia Kerrow stapt naar de rechter. ‘Wij geven niet op’, zei de activiste.")]
    [InlineData("fr", "Son avocat, Me Nadia Kerrow, a annoncé une plainte. « On ne peut pas parler de fatalité », estime l’avocat.")]
    [InlineData("it", "Il suo avvocato, Nadia Kerrow, ha annunciato una denuncia. «Non è una fatalità», ha detto l'avvocato.")]
    public void ADescriptionTakesUpThePersonItWasWrittenBeside(string language, string text)
    {
        var quote = Only(text, language, Person("Nadia Kerrow"), Person("Tomas Lind"));
        Assert.Equal("Nadia Kerrow", quote.Speaker);
    }

    // The person was written with a compound that ends in the noun: "havenschepen", "Oberbürgermeisterin".
    [Theory]
    [InlineData("nl", "Ook havenschepen Nadia Kerrow is tevreden. De schepen reageerde fel op de kritiek: ‘Niemand heeft iets afgepakt.’")]
    [InlineData("de", "Oberbürgermeisterin Nadia Kerrow eröffnete die Sitzung. „Wir bauen die Brücke neu“, sagte die Bürgermeisterin.")]
    public void ADescriptionTakesUpThePersonWrittenWithACompoundOfIt(string language, string text)
    {
        var quote = Only(text, language, Person("Nadia Kerrow"));
        Assert.Equal("Nadia Kerrow", quote.Speaker);
    }

    [Fact]
    public void ANounForAPersonIsNotReadInAnotherWord()
    {
        // "chef" ends "Firmenchef" and "achef", but one letter before it is no first part of a compound (three are needed).
        Assert.True(QuoteCues.For("de").IsPersonNoun("firmenchef"));
        Assert.False(QuoteCues.For("de").IsPersonNoun("achef"));
    }
}
