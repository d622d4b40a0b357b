using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A field's name or a holiday written with capitals is no entity; a name that holds one stays a name.</summary>
public sealed class CommonTermsTests
{
    [Theory]
    [InlineData("fr", "Les progrès de l'Intelligence Artificielle inquiètent les syndicats de la banque, a expliqué Marc Delorme à Lyon.", "Intelligence Artificielle")]
    [InlineData("en", "One of the best known is Gen AI scaleup Lumora, which is building translation models in Lyon.", "Gen AI")]
    public void AFieldWrittenWithCapitalsIsNoEntity(string language, string text, string term)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text == term);
        Assert.Contains(entities, e => e.Name == "Lyon");
    }

    [Theory]
    // Common nouns the tagger reads as names when capitalised.
    [InlineData("fr", "Le président veut que Lyon se transforme « de la Ville Lumière en Ville de l'IA ».", "Ville")]
    [InlineData("de", "Mit Investitionen in Start-ups und einer aktiven Unterstützung soll Lyon zur Stadt der KI werden.", "Start-ups")]
    [InlineData("es", "Sus 18 diputados son decisivos para el Gobierno, que carece de mayoría en Madrid.", "Gobierno")]
    // A body's organs, and kinds of things written as initials.
    [InlineData("es", "El Pleno del Ayuntamiento de Sevilla aprobó la moción con los votos de tres grupos.", "Pleno")]
    [InlineData("es", "El Consejo de Administración de Ibervía aprobó las cuentas en Madrid.", "Consejo de Administración")]
    [InlineData("es", "La UTE formada por dos constructoras de Valencia ganó el concurso.", "UTE")]
    // Chemical elements, capitalised as every German noun.
    [InlineData("de", "Das Kathodenmaterial der Zelle in Lyon besteht aus Natrium, Mangan und Eisen.", "Natrium")]
    [InlineData("de", "Das Kathodenmaterial der Zelle in Lyon besteht aus Natrium, Mangan und Eisen.", "Mangan")]
    // Medical specialties, capitalised by Spanish and Italian hospitals.
    [InlineData("es", "El hospital de Ponferrada cerrará el paritorio por falta de especialistas en Ginecología y Obstetricia.", "Ginecología")]
    [InlineData("es", "El hospital de Ponferrada cerrará el paritorio por falta de especialistas en Ginecología y Obstetricia.", "Obstetricia")]
    [InlineData("it", "A Brescia il reparto di Pediatria resterà chiuso fino a settembre, ha spiegato il primario.", "Pediatria")]
    // The country, the stock exchange and "nobody", which Italian and Spanish news write with a capital.
    [InlineData("it", "Il gruppo di Brescia conta 2.400 dipendenti in sette Paesi e ha chiuso l'anno in utile.", "Paesi")]
    [InlineData("it", "Il gruppo ha annunciato l'accordo lunedì.\n\nIn Borsa il titolo ha chiuso in rialzo del 4,1%.", "Borsa")]
    [InlineData("it", "«Vogliamo restare a Brescia. Nessuno dei due avrebbe potuto farlo da solo», ha detto Marta Ricci.", "Nessuno")]
    [InlineData("es", "Ante los empleados de tierra respondió sin rodeos: “Nadie, ni en tierra ni en el mar, perderá su empleo”.", "Nadie")]
    // Funding rounds.
    [InlineData("en", "The Lyon start-up raised €40m in a Series B round led by Northgate Capital.", "Series B")]
    // Holidays.
    [InlineData("it", "Il sindaco ha parlato durante una celebrazione di Capodanno a Torino.", "Capodanno")]
    [InlineData("en", "The ferry to Christmas Island left on Christmas Eve.", "Christmas Eve")]
    public void ACommonNounWrittenWithACapitalIsNoEntity(string language, string text, string term) =>
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize(text, language).SelectMany(e => e.Mentions), m => m.Text == term);

    [Fact]
    public void ANameThatHoldsAHolidayStays() =>
        Assert.Contains(EntityRecognizer.Default.Recognize("The ferry to Christmas Island left on Christmas Eve.", "en"), e => e.Name == "Christmas Island");

    [Theory]
    [InlineData("Künstliche Intelligenz", true)]
    [InlineData("Künstlichen Intelligenz", true)]
    [InlineData("Gen AI", true)]
    [InlineData("Deutsches Forschungszentrum für Künstliche Intelligenz", false)]
    [InlineData("Intelligenz", false)]
    public void OnlyTheWholeTermInAnyInflectionIsOne(string mention, bool common)
    {
        var cues = EntityCues.Parse(["[common-terms]", "künstliche intelligenz", "gen ai", "[inflection-endings]", "e", "en"], "test");

        Assert.Equal(common, CommonTerms.IsOne(mention, cues));
    }

    // "Kupfer" is a metal, and here the surname of the minister the article names in full.
    [Fact]
    public void ATermThatIsTheSurnameOfAPersonNamedInFullIsThatPerson()
    {
        const string text = "Gesundheitsministerin Doreen Kupfer lud die Betreiber nach Erfurt ein. "
            + "Ziel sei eine Notaufnahme rund um die Uhr, sagte Kupfer. Der Preis für Kupfer steigt derweil.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Doreen Kupfer", person.Name);
        Assert.Contains(person.Mentions, m => m.Text == "Kupfer");
    }
}
