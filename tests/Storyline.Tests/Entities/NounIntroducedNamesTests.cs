using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>German names after a noun for organisations, which the tagger leaves alone as one more capitalised noun.</summary>
public sealed class NounIntroducedNamesTests
{
    [Theory]
    [InlineData("Mehrere Verlage haben das amerikanische KI-Unternehmen Brightquill verklagt. Ein Sprecher von Brightquill wies die Vorwürfe zurück.", "Brightquill")]
    [InlineData("Die Stiftung Pflegewerk kritisiert den Entwurf. Pflegewerk fordert mehr Personal.", "Stiftung Pflegewerk")]
    // A place's adjective before the noun; the noun in the genitive.
    [InlineData("Nach dem Verkauf an den Münchner Konzern Halvorsen herrscht Sorge. Halvorsen habe zugesagt, keine Stellen zu streichen.", "Halvorsen")]
    [InlineData("Die Pläne des Konzerns Halvorsen stoßen auf Kritik. Halvorsen will das Werk schließen.", "Halvorsen")]
    // A compound whose cue has a hyphen of its own, in the genitive.
    [InlineData("Der Gründer des Lastenrad-Start-ups Velmora steht vor Gericht. Die Reste von Velmora übernahm ein Hersteller.", "Velmora")]
    // Written again as a compound's first part, after the compound's article ("eine Frischkauf-Sprecherin").
    [InlineData("Der Käse wurde über die Discounterkette Frischkauf verkauft. Eine Frischkauf-Sprecherin erklärte, er sei aus allen Filialen genommen worden.", "Frischkauf")]
    public void ANameAfterANounForOrganisationsIsOne(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var organisation = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, organisation.Type);
    }

    // The name the noun introduced stays wherever the article writes it again, however rarely the tagger took it there
    // (one place in four would otherwise read as the tagger's exception and be dropped everywhere).
    [Fact]
    public void ANameANounIntroducedIsMarkedWhereverWrittenAgain()
    {
        const string text = "Nach dem Urteil gegen den Gründer des Lastenrad-Start-ups Feldkontor verlangen Anleger schärfere Regeln. Die Aufsicht prüft "
            + "die Angebote von Feldkontor. Man habe die Angaben von Feldkontor geprüft, hieß es. Die Reste von Feldkontor übernahm ein Fahrradhersteller aus Utrecht.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var company = Assert.Single(entities, e => e.Name == "Feldkontor");
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Equal(4, company.Mentions.Count);
    }

    // A place's adjective and a noun for companies in the genitive describe the name too.
    [Fact]
    public void APlaceAdjectiveAndACueInTheGenitiveDescribeTheName()
    {
        var entities = EntityRecognizer.Default.Recognize("Ein Heizlüfter des Passauer Herstellers Brunnwieser fing Feuer. Brunnwieser rief daraufhin 2.000 Geräte zurück.", "de");

        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.Contains("Herstellers", StringComparison.Ordinal)));
        Assert.Contains(entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text == "Brunnwieser"));
    }

    // The tagger reads the place's adjective and the compound with the name: both describe it.
    [Fact]
    public void APlaceAdjectiveAndACompoundBeforeANameDescribeIt()
    {
        var entities = EntityRecognizer.Default.Recognize("Der Berliner Onlinehändler Zalvio streicht 200 Stellen. Zalvio hatte zuletzt Verluste geschrieben.", "de");

        var company = Assert.Single(entities);
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.All(company.Mentions, m => Assert.Equal("Zalvio", m.Text));
    }

    // A noun the text writes after an article elsewhere, a noun's ending, a name written once.
    [Theory]
    [InlineData("Er sagte, dass das Unternehmen Kunden verliere. Die Kunden seien unzufrieden, und neue Kunden blieben aus.")]
    [InlineData("Der Betriebsrat fürchtet, dass der Konzern Stellenstreichungen plant. Stellenstreichungen habe es schon 2023 gegeben.")]
    [InlineData("Bekannt wurde, dass das Unternehmen Gewinne verschwiegen hatte.")]
    public void ACommonNounAfterOneIsNoName(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Empty(entities);
    }
}
