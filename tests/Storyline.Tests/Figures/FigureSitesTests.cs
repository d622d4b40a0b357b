using Storyline.Entities;
using static Storyline.Tests.Figures.FigureTestNames;

namespace Storyline.Tests.Figures;

/// <summary>A count of people the sentence puts at a place is that place's, not the company's.</summary>
public sealed class FigureSitesTests
{
    [Theory]
    // Right after the count and its noun.
    [InlineData("fr", "Vantor commercialise trois produits en France et emploie 120 personnes à Grenoble.", "120")]
    // After a site named with its place, with no organisation between.
    [InlineData("it", "I sindacati di Vantor chiedono garanzie sullo stabilimento di Grenoble, dove lavorano circa 900 persone.", "900")]
    [InlineData("es", "Vantor vende cinco productos a través de una filial en Grenoble, con 85 trabajadores.", "85")]
    [InlineData("de", "Vantor will ein Büro in Grenoble eröffnen, in dem ab Juli rund 60 Ingenieure arbeiten sollen.", "60")]
    public void ACountOfPeopleAtASiteIsThePlaces(string language, string text, string count)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation), ("Grenoble", EntityType.Place)), count);

        Assert.Equal("employees", figure.Attribute);
        Assert.Equal("Grenoble", figure.Subject);
    }

    // A sentence that opens with a site's noun takes up the site named with its place before it; a place right after
    // the noun is a site of its own.
    [Theory]
    [InlineData("en", "Vantor opened its Grenoble engineering centre on Monday. The office, in a converted warehouse in Lyon, houses 34 staff.", "34", "Grenoble")]
    [InlineData("en", "Vantor opened its Grenoble engineering centre on Monday. The office in Lyon employs 34 people.", "34", "Lyon")]
    public void ASiteTakenUpByItsNounKeepsItsPlace(string language, string text, string count, string place)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation), ("Grenoble", EntityType.Place), ("Lyon", EntityType.Place)), count);

        Assert.Equal("employees", figure.Attribute);
        Assert.Equal(place, figure.Subject);
    }

    // The verb beside a count of workers says what befell them: those are the injured, not the staff.
    [Theory]
    [InlineData("en", "An explosion at the Vantor plant injured seven workers on Thursday.", "seven")]
    [InlineData("nl", "Bij Vantor raakten zeven medewerkers gewond.", "zeven")]
    [InlineData("es", "La explosión hirió a siete trabajadores de Vantor.", "siete")]
    public void ACountOfWorkersAVerbOfHarmStandsBesideCountsTheHarmed(string language, string text, string count) =>
        Assert.Equal("injuries", Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation)), count).Attribute);

    [Theory]
    // The company's own headcount; the place is where it sells.
    [InlineData("en", "Vantor, which sells three products in Grenoble, employs 4,200 people.", "4,200")]
    // An organisation named between the site and the count is the count's.
    [InlineData("en", "After opening an office in Grenoble, Vantor employs 4,200 people.", "4,200")]
    // A company's seat is no site of its own: no comma puts the count in a clause about it.
    [InlineData("es", "Vantor, con sede en Grenoble y unos 4.200 empleados, está especializada en enfermedades raras.", "4.200")]
    // Whoever says it: a company's staff are never a person's.
    [InlineData("es", "Según Ana Ruiz, la revisión no afectará a los 4.200 empleados de Vantor.", "4.200")]
    public void ACompanysOwnHeadcountStaysTheCompanys(string language, string text, string count)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation), ("Grenoble", EntityType.Place), ("Ana Ruiz", EntityType.Person)), count);

        Assert.Equal("Vantor", figure.Subject);
    }
}
