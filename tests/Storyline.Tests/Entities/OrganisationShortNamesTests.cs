using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>An organisation named with its designator and then without it: the short name is the organisation too.</summary>
public sealed class OrganisationShortNamesTests
{
    [Fact]
    public void TheNameWithoutItsDesignatorIsTheOrganisation()
    {
        const string text = "Die Piloten von Zeewind Airlines streiken am Donnerstag. Zeewind strich daraufhin rund 200 Flüge, teilte eine Sprecherin mit.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var airline = Assert.Single(entities);
        Assert.Equal("Zeewind Airlines", airline.Name);
        Assert.Equal(EntityType.Organisation, airline.Type);
        Assert.Equal(["Zeewind Airlines", "Zeewind"], airline.Mentions.Select(m => m.Text));
    }

    // A company registered under its legal form is called by its first word, whatever the words between; a place is not.
    [Theory]
    [InlineData("de", "Der Konzern übernimmt die Mehrheit am Terminalbetreiber Zeelkade Terminals B.V. Zeelkade betreibt in Rotterdam zwei Terminals.", "Zeelkade Terminals B.V.", "Zeelkade")]
    [InlineData("en", "The Italian firm Marvelli Cucine Design S.p.A. will cut 200 jobs. Marvelli said the cuts were unavoidable.", "Marvelli Cucine Design S.p.A.", "Marvelli")]
    public void ARegisteredCompanyIsCalledByItsFirstWord(string language, string text, string name, string shortName)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var company = Assert.Single(entities, e => e.Name == name);
        Assert.Equal([name, shortName], company.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void APlaceOpeningARegisteredNameIsStillThePlace()
    {
        var entities = EntityRecognizer.Default.Recognize("Die Berlin Chemie Holding AG baut Stellen ab. In Berlin arbeiten 900 Menschen für das Unternehmen.", "de");

        Assert.Contains(entities, e => e.Type == EntityType.Place && e.Mentions.Any(m => m.Text == "Berlin"));
    }

    // A company named like a person, which a noun for companies introduces, is called by its last word after.
    [Theory]
    [InlineData("de", "Der Möbelhersteller Fratelli Scandolara ruft 20.000 Klappstühle zurück. Scandolara liegen zwölf Meldungen über gebrochene Lehnen vor.", "Fratelli Scandolara", "Scandolara")]
    [InlineData("en", "The furniture maker Fratelli Scandolara is recalling 20,000 folding chairs. Scandolara has received twelve reports of broken backrests.", "Fratelli Scandolara", "Scandolara")]
    public void ACompanyNamedLikeAPersonIsCalledByItsLastWord(string language, string text, string name, string shortName)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var company = Assert.Single(entities, e => e.Name == name);
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Contains(company.Mentions, m => m.Text == shortName);
    }

    [Theory]
    [InlineData("Zeewind Airlines", "en", "Zeewind")]
    [InlineData("Rhenova Chemie GmbH", "de", "Rhenova Chemie", "Rhenova")]
    [InlineData("Trivella Digitale S.p.A.", "it", "Trivella Digitale", "Trivella")]
    public void ShortNames(string written, string language, params string[] shortNames)
    {
        Assert.Equal(shortNames.ToHashSet(), Of(written, language));
    }

    [Theory]
    [InlineData("Singapore Airlines", "en")] // a place in every other article
    [InlineData("British Airways", "en")] // a nationality
    [InlineData("Airlines", "en")] // nothing left
    [InlineData("Zeewind Go", "fr")] // no designator
    public void NoShortName(string written, string language)
    {
        Assert.Empty(Of(written, language));
    }

    [Fact]
    public void AShortNameBeforeACapitalisedWordIsPartOfAnotherName()
    {
        const string text = "Les pilotes de Zeewind Airlines sont en grève. Zeewind Go, l'offre à bas prix, est aussi touchée.";

        var entities = EntityRecognizer.Default.Recognize(text, "fr");

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text == "Zeewind");
    }

    private static HashSet<string> Of(string written, string language)
    {
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, language));
        return OrganisationShortNames.Of([new RawMention(0, written.Length, "ORG")], written, cues, NameCatalog.Embedded, language);
    }
}
