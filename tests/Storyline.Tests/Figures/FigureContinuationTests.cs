using Storyline.Entities;
using static Storyline.Tests.Figures.FigureTestNames;

namespace Storyline.Tests.Figures;

/// <summary>Numbers that count with words around them: a count before, an approximate noun; and what a few figures of a company measure.</summary>
public sealed class FigureContinuationTests
{
    [Theory]
    [InlineData("de", "Die Belegschaft von derzeit 320 Beschäftigten soll bis Ende 2027 auf 550 wachsen.", "550")]
    [InlineData("en", "Vantor, which employs about 350 people, intends to grow to 550 by the end of 2027.", "550")]
    [InlineData("en", "The office houses 34 staff and is expected to reach around 70 by December.", "70")]
    [InlineData("it", "Vantor impiega circa 4.200 persone, di cui oltre 3.000 in Italia.", "3.000")]
    [InlineData("es", "Su plantilla, de unas 320 personas, debería superar las 500 a finales de 2027.", "500")]
    public void ANumberAfterAContinuationWordCountsWhatTheCountBeforeCounts(string language, string text, string number)
    {
        var figures = ReadWithNames(text, language, ("Vantor", EntityType.Organisation));
        var count = figures.First(f => f.Kind == Storyline.Figures.FigureKind.Count);

        var continued = Find(figures, number);

        Assert.Equal(Storyline.Figures.FigureKind.Count, continued.Kind);
        Assert.Equal(count.Unit, continued.Unit);
    }

    [Theory]
    // A full stop ends the count it could go on with.
    [InlineData("en", "The office houses 34 staff. Sales grew to 70 in May.")]
    // Four digits after "to" are a year, not a count.
    [InlineData("en", "The office houses 34 staff and will grow to 2027 plans.")]
    public void OtherNumbersCountNothing(string language, string text) =>
        Assert.DoesNotContain(ReadWithNames(text, language), f => f.Kind == Storyline.Figures.FigureKind.Count && f.Text is "70" or "2027");

    [Theory]
    [InlineData("fr", "Le bureau de Vantor accueillera une soixantaine d’ingénieurs.", "soixantaine", 60)]
    [InlineData("it", "Nello stabilimento di Vantor lavorano un centinaio di persone.", "centinaio", 100)]
    [InlineData("es", "Vantor vuela a una docena de destinos españoles.", "docena", 12)]
    [InlineData("fr", "Claire Morvan a parlé devant un millier de militants.", "millier", 1000)]
    public void AnArticleAndAnApproximateNounAreRoughlyThatManyWrittenByTheNoun(string language, string text, string written, double value)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation)), written);

        Assert.Equal(value, figure.Value);
        Assert.Equal(Storyline.Figures.Qualifier.Approx, figure.Qualifier);
    }

    [Theory]
    [InlineData("en", "The Vantor family, which owns around 42% of the company, backs the offer.", "42%", "stake")]
    [InlineData("fr", "La famille fondatrice, qui détient environ 42 % du capital, apportera ses titres.", "42 %", "stake")]
    [InlineData("en", "Vantor shares, which had fallen 18% over the past year, rose on Monday.", "18%", "share price change")]
    [InlineData("fr", "À la Bourse de Milan, le titre Vantor a bondi de près de 25 % lundi.", "25 %", "share price change")]
    // A percent beside wages is a wage increase.
    [InlineData("fr", "Chez Vantor, les salaires augmenteront de 6,5 % sur deux ans.", "6,5 %", "wage increase")]
    [InlineData("nl", "Vantor biedt de piloten 4 procent meer loon.", "4 procent", "wage increase")]
    // Flights a strike grounds are cancellations.
    [InlineData("en", "Pilots at Vantor began a strike on Thursday, grounding around 380 flights.", "380", "cancellations")]
    [InlineData("nl", "Vantor laat weten dat het ongeveer 380 vluchten moet schrappen.", "380", "cancellations")]
    [InlineData("de", "Wegen des Streiks hat Vantor insgesamt 46 Flüge gestrichen.", "46", "cancellations")]
    public void WhatAFigureOfACompanyMeasures(string language, string text, string written, string attribute) =>
        Assert.Equal(attribute, Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation)), written).Attribute);
}
