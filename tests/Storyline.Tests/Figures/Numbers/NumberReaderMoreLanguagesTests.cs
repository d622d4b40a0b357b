namespace Storyline.Tests.Figures.Numbers;

/// <summary>Spanish, Italian and Dutch come from data alone: the same reader, their own numbers.txt.</summary>
public sealed class NumberReaderMoreLanguagesTests
{
    [Theory]
    [InlineData("es", "El Gobierno destinará 6,6 millones de euros a la reforma.", "6,6 millones", 6.6e6)]
    [InlineData("es", "Participaron doscientos treinta y cinco agentes.", "doscientos treinta y cinco", 235)]
    [InlineData("es", "El accidente dejó veintidós heridos.", "veintidós", 22)]
    [InlineData("es", "La empresa invertirá mil millones en Chile.", "mil millones", 1e9)]
    [InlineData("es", "Acudieron 1.500 personas a la marcha.", "1.500", 1500)]
    [InlineData("it", "Il governo stanzia 1,5 miliardi per la sanità.", "1,5 miliardi", 1.5e9)]
    [InlineData("it", "Sono stati spesi duecentotrentuno euro.", "duecentotrentuno", 231)]
    [InlineData("it", "Nell'incidente ci sono stati ventotto feriti.", "ventotto", 28)]
    [InlineData("it", "Hanno partecipato un milione e mezzo di persone.", "un milione e mezzo", 1.5e6)]
    [InlineData("it", "Il deficit sale a 3 mld di euro.", "3 mld", 3e9)]
    [InlineData("nl", "Het kabinet trekt 2,5 miljard euro uit voor defensie.", "2,5 miljard", 2.5e9)]
    [InlineData("nl", "Bij de brand vielen eenentwintig doden.", "eenentwintig", 21)]
    [InlineData("nl", "Er raakten drieëntwintig mensen gewond.", "drieëntwintig", 23)]
    [InlineData("nl", "De stad zet tweehonderd agenten in.", "tweehonderd", 200)]
    [InlineData("nl", "Het festival trok anderhalf miljoen bezoekers.", "anderhalf miljoen", 1.5e6)]
    public void ReadsNumbersFromTheLanguagesData(string language, string sentence, string text, double value) =>
        NumberAssert.Found(language, sentence, text, value);

    [Theory]
    [InlineData("es", "Al menos 3 muertos en el temporal.", "menos")]
    [InlineData("es", "Un hombre fue detenido en Madrid.", "Un")]
    [InlineData("nl", "Een man is aangehouden in Utrecht.", "Een")]
    public void DoesNotReadArticlesOrAtLeast(string language, string sentence, string text) =>
        NumberAssert.NotFound(language, sentence, text);
}
