using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A company's name the tagger ran on over the noun after it is the company.</summary>
public sealed class RunOnNounsTests
{
    [Fact]
    public void ACompanysNameRunOnOverItsObjectIsTheCompany()
    {
        const string text = "Der Heizlüfterhersteller Kaltenecker ruft 40.000 Geräte zurück. Kaltenecker teilte mit, die Ursache sei gefunden. "
            + "Ihr Anwalt Quirin Staudacher kündigte an, von Kaltenecker Schadenersatz zu verlangen.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.Contains("Schadenersatz", StringComparison.Ordinal)));
        var firm = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Kaltenecker"));
        Assert.Equal(EntityType.Organisation, firm.Type);
        Assert.Equal(3, firm.Mentions.Count);
    }
}
