using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>German names after a noun for organisations, which the tagger leaves alone as one more capitalised noun.</summary>
public sealed class NounIntroducedNamesTests
{
    [Theory]
    [InlineData("Mehrere Verlage haben das amerikanische KI-Unternehmen Brightquill verklagt. Ein Sprecher von Brightquill wies die Vorwürfe zurück.", "Brightquill")]
    [InlineData("Die Stiftung Pflegewerk kritisiert den Entwurf. Pflegewerk fordert mehr Personal.", "Stiftung Pflegewerk")]
    public void ANameAfterANounForOrganisationsIsOne(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var organisation = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, organisation.Type);
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
