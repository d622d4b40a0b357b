namespace Storyline.Tests.Figures.Numbers;

/// <summary>Digits in every local format, and scale words and suffixes after them.</summary>
public sealed class NumberReaderDigitsTests
{
    [Theory]
    [InlineData("en", "Apple said it employs 161,000 people worldwide.", "161,000", 161000)]
    [InlineData("en", "The firm shipped 1,800 units in March.", "1,800", 1800)]
    [InlineData("en", "Shares lost 4.800 points on Friday.", "4.800", 4.8)]
    [InlineData("en", "The index closed at 1,234,567.89 after the rally.", "1,234,567.89", 1234567.89)]
    [InlineData("en", "India reported 12,34,567.89 rupees in fines.", "12,34,567.89", 1234567.89)]
    [InlineData("en", "Yields rose by .5 percentage points.", ".5", 0.5)]
    [InlineData("en", "Temperatures fell to -4 overnight.", "-4", -4)]
    [InlineData("en", "About 10 000 people marched in Paris.", "10 000", 10000)]
    [InlineData("fr", "Le plan prévoit 10.000 emplois d'ici 2030.", "10.000", 10000)]
    [InlineData("fr", "La croissance a atteint 6,6 % au troisième trimestre.", "6,6", 6.6)]
    [InlineData("fr", "Quelque 10\u00A0000 manifestants ont défilé à Lyon.", "10\u00A0000", 10000)]
    [InlineData("fr", "La ville compte 10\u202F000 habitants de plus qu'en 2010.", "10\u202F000", 10000)]
    [InlineData("fr", "Le budget s'élève à 1 234 567,89 euros.", "1 234 567,89", 1234567.89)]
    [InlineData("fr", "Le rachat de Twitter pour $6.6bn a surpris Wall Street.", "6.6bn", 6.6e9)]
    [InlineData("de", "Der Konzern streicht 10.000 Stellen in Deutschland.", "10.000", 10000)]
    [InlineData("de", "Die Bahn zahlte 307.000 Euro Entschädigung.", "307.000", 307000)]
    [InlineData("de", "Der Preis stieg auf 1.111,11 Euro.", "1.111,11", 1111.11)]
    [InlineData("de", "Die Inflation lag im Mai bei 2,3 Prozent.", "2,3", 2.3)]
    [InlineData("de", "Ein Ticket kostet in Zürich 1'000 Franken.", "1'000", 1000)]
    public void ReadsDigitsInTheLanguagesFormat(string language, string sentence, string text, double value) =>
        NumberAssert.Found(language, sentence, text, value);

    [Fact]
    public void ReadsTwoLocalesInOneText()
    {
        const string sentence = "Le titre valait 1.111,11 euros, soit 1,111.11 dollars.";
        NumberAssert.Found("fr", sentence, "1.111,11", 1111.11);
        NumberAssert.Found("fr", sentence, "1,111.11", 1111.11);
    }

    [Theory]
    [InlineData("en", "Twitter was bought for $44bn, and Meta lost $6.6bn.", "6.6bn", 6.6e9)]
    [InlineData("en", "The government pledged 2 million doses to Kenya.", "2 million", 2e6)]
    [InlineData("en", "The race drew 10k runners despite the rain.", "10k", 1e4)]
    [InlineData("en", "I can give you 10M.", "10M", 1e7)]
    [InlineData("en", "The club paid £1.5m for the striker.", "1.5m", 1.5e6)]
    [InlineData("en", "Revenue reached 2.33 k per store.", "2.33 k", 2330)]
    [InlineData("en", "The bank wrote off 10 bln in loans.", "10 bln", 1e10)]
    [InlineData("en", "India will spend 13 lakh on the project.", "13 lakh", 1.3e6)]
    [InlineData("fr", "Le déficit commercial a atteint 6,6 milliards d'euros.", "6,6 milliards", 6.6e9)]
    [InlineData("fr", "Il a perdu 2 millions d'abonnés en un an.", "2 millions", 2e6)]
    [InlineData("fr", "L'État a versé 3 Md€ aux hôpitaux.", "3 Md", 3e9)]
    [InlineData("de", "Der Konzern meldet 3,5 Milliarden Euro Umsatz.", "3,5 Milliarden", 3.5e9)]
    [InlineData("de", "Der Gewinn sank auf 1,2 Mrd. Euro.", "1,2 Mrd.", 1.2e9)]
    [InlineData("de", "Die App hat 1,5 Mio. Nutzer in Österreich.", "1,5 Mio.", 1.5e6)]
    public void ReadsScalesAfterDigits(string language, string sentence, string text, double value) =>
        Assert.True(NumberAssert.Found(language, sentence, text, value).Scaled);

    [Theory]
    [InlineData("en", "1m isn't a number.", "1m")]
    [InlineData("en", "Pour 180ml of milk into the bowl.", "180ml")]
    [InlineData("en", "She won the 100m final in Rome.", "100m")]
    [InlineData("en", "The A9 chip and mp3 files were shown.", "A9")]
    [InlineData("en", "The A9 chip and mp3 files were shown.", "mp3")]
    [InlineData("en", "Operators are rolling out 5G across Europe.", "5G")]
    [InlineData("en", "The May 4th rally was cancelled.", "4th")]
    [InlineData("fr", "Il a été éliminé au 2e tour.", "2e")]
    public void DoesNotReadDigitsGluedToLetters(string language, string sentence, string text) =>
        NumberAssert.NotFound(language, sentence, text);

    [Fact]
    public void MonsieurIsNotAMillion()
    {
        const string sentence = "Depuis 2017 M. Macron a levé 10M d'euros.";
        NumberAssert.Found("fr", sentence, "2017", 2017);
        NumberAssert.Found("fr", sentence, "10M", 1e7);
    }

    [Theory]
    [InlineData("en", "SCP-173 is a fictional statue.", "173", 173)]
    [InlineData("en", "COVID-19 cases fell in May.", "19", 19)]
    [InlineData("en", "Arsenal won 3-2 at home.", "2", 2)]
    public void ReadsDigitsAfterAHyphenAsPositive(string language, string sentence, string text, double value) =>
        NumberAssert.Found(language, sentence, text, value);

    [Theory]
    [InlineData("en", "Half of the 1/2 marathon field was local.", "1/2", 0.5)]
    [InlineData("en", "The recipe needs 2 1/4 cups of flour.", "2 1/4", 2.25)]
    [InlineData("en", "Turnout fell to ⅔ of its 2019 level.", "⅔", 2.0 / 3)]
    [InlineData("en", "The signal was 1.3x10^6 times stronger.", "1.3x10^6", 1.3e6)]
    [InlineData("en", "The model predicts 1e10 operations.", "1e10", 1e10)]
    [InlineData("en", "The correction was -12e-1 points.", "-12e-1", -1.2)]
    public void ReadsFractionsAndExponents(string language, string sentence, string text, double value) =>
        NumberAssert.Found(language, sentence, text, value);

    [Fact]
    public void DatesAndIpAddressesAreSeparateNumbers()
    {
        var matches = Storyline.Figures.Numbers.NumberReader.For("en").Read("Meet on 5/17/2018 at 192.168.1.2");
        Assert.Equal([5, 17, 2018, 192, 168, 1, 2], matches.Select(m => m.Value));
    }
}
