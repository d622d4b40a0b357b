using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new(EntityCues.All(LanguageResources.Embedded).Elisions);

    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void ElidedArticlesAreTheirOwnToken() =>
        Assert.Equal(["L’", "arrivée", "d’", "Airbus", "à", "l'", "aéroport", "jusqu'", "à", "Nantes"], Words("L’arrivée d’Airbus à l'aéroport jusqu'à Nantes"));

    [Fact]
    public void PossessivesSplitButOtherApostrophesStay() =>
        Assert.Equal(["Siemens", "'s", "O'Brien", "don't", "Boeing", "’s", "plan"], Words("Siemens's O'Brien don't Boeing’s plan"));

    [Fact]
    public void AMiddleInitialKeepsItsDotButALetterEndingASentenceDoesNot() =>
        Assert.Equal(
            ["Laurence", "H.", "Tribe", "met", "J.", "K.", "Rowling", "under", "plan", "B", ".", "The", "end"],
            Words("Laurence H. Tribe met J. K. Rowling under plan B. The end"));

    [Fact]
    public void CompoundsNumbersAndInitialismsStayWhole() =>
        Assert.Equal(["Der", "Siemens-Chef", "nannte", "6,6", "Milliarden", "und", "1.800", "U.S.", "Stellen", "."], Words("Der Siemens-Chef nannte 6,6 Milliarden und 1.800 U.S. Stellen."));

    [Fact]
    public void LegalFormsWithDotsStayWhole() =>
        Assert.Equal(["Trivella", "Digitale", "S.p.A.", "und", "Kroonveld", "N.V.", "in", "den", "U.S.A.", "."], Words("Trivella Digitale S.p.A. und Kroonveld N.V. in den U.S.A.."));

    // "e.V." (eingetragener Verein): a small letter, then a capital; read apart, its dots would end the sentence.
    [Fact]
    public void ARegisteredSocietysFormStaysWhole() =>
        Assert.Equal(["Der", "Verein", "Grün", "&", "Blau", "e.V.", "klagt", "."], Words("Der Verein Grün & Blau e.V. klagt."));

    [Fact]
    public void OffsetsPointIntoTheText()
    {
        const string text = "Lyon, l’été : «Berlin» (2024)…";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.Equal(token.Text, text.Substring(token.Start, token.Length));
        }
    }

    [Fact]
    public void AnyInputTokenizesWithoutError()
    {
        var random = new Random(5);
        var chars = Enumerable.Range(0, 20_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
        var tokens = Tokenizer.Tokenize(new string(chars));
        Assert.All(tokens, t => Assert.True(t.Length > 0));
    }
}
