using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>One capitalised word before a compound closed by a designator ("Pumpentechnik") is a company's name.</summary>
public sealed class DesignatedCompoundsTests
{
    [Theory]
    [InlineData("Die geplante Übernahme der Brennholt Fördertechnik durch einen Konzern stößt auf Widerstand.", "Brennholt Fördertechnik")]
    [InlineData("Der Auftrag ging an die Varnesse Gerätebau aus dem Sauerland.", "Varnesse Gerätebau")]
    public void ANameBeforeADesignatedCompoundIsACompany(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var company = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, company.Type);
    }

    [Fact]
    public void TheNameAloneIsTheCompanyLater()
    {
        const string text = "Die geplante Übernahme der Brennholt Fördertechnik stößt auf Widerstand. Brennholt sei vor allem bei Kränen stark.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var company = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Brennholt"));
        Assert.Equal(EntityType.Organisation, company.Type);
    }

    // A noun the lexicon lists before the compound, and the sentence's first word, capitalised anyway.
    [Theory]
    [InlineData("Die Firma wächst vor allem im Bereich Medizintechnik, sagte der Sprecher.")]
    [InlineData("Moderne Haustechnik spart bis zu 30 Prozent Energie.")]
    public void NoNameBeforeTheCompound(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organisation);
    }
}
