using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>
/// A legal form closes the organisation's name before it, whichever rule found the name, and an acronym with hyphens
/// spells the name before it.
/// </summary>
public sealed class LegalFormsTests
{
    [Theory]
    // A body's head and the district it serves, then the registered association's letters.
    [InlineData("Der Fahrgastverband Oberspree e.V. kritisiert, dass die Züge ohne Halt durchfahren.", "Fahrgastverband Oberspree e.V.")]
    // A registered cooperative: "eG" has its capital inside.
    [InlineData("Auch die Molkerei Sauerländer Land eG, eine Genossenschaft mit 900 Mitgliedern, beteiligt sich.", "Molkerei Sauerländer Land eG")]
    public void ALegalFormClosesTheName(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var organisation = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, organisation.Type);
    }

    [Fact]
    public void AShortNameOfACharitableCompanyIsThatCompany()
    {
        // "gGmbH" opens with a small letter, yet is a legal form: the name's first word is the company later.
        const string text = "Die Lindental Kliniken gGmbH will das Haus schließen. Lindental begründet den Schritt mit Verlusten.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var company = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Lindental"));
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Contains(company.Mentions, m => m.Text == "Lindental Kliniken gGmbH");
    }

    [Fact]
    public void AnAcronymWithAHyphenSpellsTheBodyBeforeIt()
    {
        const string text = "Am Donnerstag meldete sich der Gemeinsame Bundesausschuss (G-BA) zu Wort. Der G-BA verwies auf seine Regeln.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var body = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "G-BA"));
        Assert.Equal(EntityType.Organisation, body.Type);
        Assert.Contains(body.Mentions, m => m.Text == "Gemeinsame Bundesausschuss");
    }
}
