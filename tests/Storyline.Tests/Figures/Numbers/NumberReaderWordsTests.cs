using Storyline.Figures.Numbers;

namespace Storyline.Tests.Figures.Numbers;

/// <summary>Numbers written in words, fractions in words, and the words that look like numbers but are not.</summary>
public sealed class NumberReaderWordsTests
{
    [Theory]
    [InlineData("en", "Twenty-one people were injured in the crash.", "Twenty-one", 21)]
    [InlineData("en", "The council approved one hundred and six new homes.", "one hundred and six", 106)]
    [InlineData("en", "Three hundred  and  thirty one ballots were void.", "Three hundred  and  thirty one", 331)]
    [InlineData("en", "The fund lost two hundred and two thousand dollars.", "two hundred and two thousand", 202000)]
    [InlineData("en", "Officials counted 3 hundred and 21 tents in the camp.", "3 hundred and 21", 321)]
    [InlineData("en", "Let's try one last time, the coach said.", "one", 1)]
    [InlineData("fr", "Quatre-vingt-dix députés ont voté contre.", "Quatre-vingt-dix", 90)]
    [InlineData("fr", "Il est mort à soixante et onze ans.", "soixante et onze", 71)]
    [InlineData("fr", "Le billet coûte deux cents euros.", "deux cents", 200)]
    [InlineData("fr", "Plus de mille personnes ont signé.", "mille", 1000)]
    [InlineData("fr", "Vingt et un pays ont signé l'accord.", "Vingt et un", 21)]
    [InlineData("fr", "Neuf mille neuf cent quatre-vingt-dix neuf euros ont été volés.", "Neuf mille neuf cent quatre-vingt-dix neuf", 9999)]
    [InlineData("de", "Dreihundertfünfundzwanzig Menschen wurden evakuiert.", "Dreihundertfünfundzwanzig", 325)]
    [InlineData("de", "Rund zweitausend Polizisten waren im Einsatz.", "zweitausend", 2000)]
    [InlineData("de", "Es gab einundzwanzig Verletzte.", "einundzwanzig", 21)]
    [InlineData("de", "Zwei Millionen dreihundertneunundneunzigtausend Euro fehlen.", "Zwei Millionen dreihundertneunundneunzigtausend", 2399000)]
    public void ReadsWrittenNumbers(string language, string sentence, string text, double value) =>
        Assert.True(NumberAssert.Found(language, sentence, text, value).Written);

    [Theory]
    [InlineData("en", "There are five and a half million fish in the lake.", "five and a half million", 5.5e6)]
    [InlineData("en", "Prices could rise by half million units.", "half million", 5e5)]
    [InlineData("en", "Half a dozen ministers resigned.", "Half a dozen", 6)]
    [InlineData("en", "A dozen eggs cost more than ever.", "A dozen", 12)]
    [InlineData("en", "Two thirds of voters backed the plan.", "Two thirds", 2.0 / 3)]
    [InlineData("en", "The population is 3 million and a half.", "3 million and a half", 3.5e6)]
    [InlineData("en", "One in five Americans lives alone, and one out of three is over sixty.", "One in five", 0.2)]
    [InlineData("fr", "Il y a un million et demi de chômeurs.", "un million et demi", 1.5e6)]
    [InlineData("fr", "Une centaine de manifestants se sont réunis.", "Une centaine", 100)]
    [InlineData("fr", "Les trois quarts des élèves ont réussi.", "trois quarts", 0.75)]
    [InlineData("fr", "Un Français sur trois part en vacances.", "Un", double.NaN)]
    [InlineData("fr", "Un électeur sur trois a voté blanc.", "trois", 3)]
    [InlineData("de", "Eine halbe Million Eier wurden zerbrochen.", "Eine halbe Million", 5e5)]
    [InlineData("de", "Das Projekt dauerte zweieinhalb Jahre.", "zweieinhalb", 2.5)]
    [InlineData("de", "Es kamen ein halbes Dutzend Leute.", "ein halbes Dutzend", 6)]
    [InlineData("de", "Ein Drittel der Befragten war dagegen.", "Ein Drittel", 1.0 / 3)]
    public void ReadsFractionsInWords(string language, string sentence, string text, double value)
    {
        if (double.IsNaN(value))
        {
            NumberAssert.NotFound(language, sentence, text);
            return;
        }

        NumberAssert.Found(language, sentence, text, value);
    }

    [Theory]
    [InlineData("en", "A man was arrested after an incident in Leeds.")]
    [InlineData("en", "The one you mentioned is sold out, and which one do you prefer?")]
    [InlineData("en", "She booked a first class seat to Seattle.")]
    [InlineData("fr", "Un homme a été interpellé dans une rue de Lille.")]
    [InlineData("de", "Ein Mann wurde in einer Wohnung in Köln festgenommen, eine Frau verletzt.")]
    public void NeverReadsABareArticleOrPronoun(string language, string sentence) =>
        Assert.Empty(NumberReader.For(language).Read(sentence));

    [Theory]
    [InlineData("en", "Temperatures of minus 5 were forecast.", "minus 5", -5)]
    [InlineData("fr", "Il faisait moins 5 degrés à Strasbourg.", "moins 5", -5)]
    [InlineData("de", "In Berlin wurden minus 5 Grad gemessen.", "minus 5", -5)]
    public void ReadsNegativeWords(string language, string sentence, string text, double value) =>
        NumberAssert.Found(language, sentence, text, value);

    [Fact]
    public void AuMoinsIsNotASign()
    {
        NumberAssert.Found("fr", "Au moins 3 morts ont été recensés.", "3", 3);
        NumberAssert.NotFound("fr", "Au moins 3 morts ont été recensés.", "moins");
    }

    [Theory]
    [InlineData("en", "The answer is two hundred point zero three.", "two hundred point zero three", 200.03)]
    [InlineData("fr", "Le taux est de deux virgule cinq.", "deux virgule cinq", 2.5)]
    [InlineData("de", "Der Wert lag bei zwei Komma drei.", "zwei Komma drei", 2.3)]
    public void ReadsSpokenDecimals(string language, string sentence, string text, double value) =>
        NumberAssert.Found(language, sentence, text, value);
}
