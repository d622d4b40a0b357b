using Storyline.Entities;
using Storyline.Figures;
using static Storyline.Tests.Figures.FigureTestNames;

namespace Storyline.Tests.Figures;

/// <summary>
/// A sentence that names no one goes on with the subject that opens the sentence before it; a count of things
/// (projects, companies) measures nothing the sentence's cue words name.
/// </summary>
public sealed class FigureTopicTests
{
    [Theory]
    [InlineData("fr", "Vantor a ouvert un bureau à Lyon. La Belgique est le pays qui attire le plus d’investisseurs. Plus de 4 000 projets (pour 95 000 emplois) y ont été enregistrés depuis 2019.", "95 000", "Belgique")]
    [InlineData("en", "Vantor opened an office in Lyon. Belgium is the country that draws the most foreign investors. More than 4,000 projects, creating 95,000 jobs, were recorded there since 2019.", "95,000", "Belgium")]
    [InlineData("de", "Vantor eröffnete ein Büro in Lyon. Belgien zieht die meisten ausländischen Investoren an. Seit 2019 entstanden so 95.000 Arbeitsplätze.", "95.000", "Belgien")]
    public void ASentenceNamingNoOneGoesOnWithTheSubjectOpeningTheOneBefore(string language, string text, string count, string country)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation), ("Lyon", EntityType.Place), (country, EntityType.Place)), count);

        Assert.Equal("jobs", figure.Attribute);
        Assert.Equal(country, figure.Subject);
    }

    [Theory]
    // The sentence before opens with no name: the article's organisation.
    [InlineData("en", "Vantor opened an office in Lyon. Since then, Lyon has drawn investors. Staff numbers have reached 1,200 employees.", "1,200")]
    // A person opening the sentence before does not have a company's staff.
    [InlineData("en", "Vantor opened an office in Lyon. Ana Ruiz founded it in 2019. Staff numbers have reached 1,200 employees.", "1,200")]
    public void OtherwiseTheArticlesOrganisationKeepsIt(string language, string text, string count)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation), ("Lyon", EntityType.Place), ("Ana Ruiz", EntityType.Person)), count);

        Assert.Equal("Vantor", figure.Subject);
    }

    [Theory]
    [InlineData("fr", "Vantor a annoncé plus de 4 000 projets (pour 95 000 emplois).", "4 000")]
    [InlineData("en", "Vantor counts 40 startups among the clients of its jobs platform.", "40")]
    [InlineData("de", "Vantor betreibt 12 Fabriken mit zusammen 9.000 Beschäftigten.", "12")]
    [InlineData("es", "Vantor tiene 30 tiendas y 900 empleados.", "30")]
    public void ACountOfThingsMeasuresNoCueWordOfTheSentence(string language, string text, string count)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation)), count);

        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Null(figure.Attribute);
    }
}
