using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>A word written like a brand is a name though the tagger saw none.</summary>
public sealed class BrandNamesTests
{
    [Theory]
    [InlineData("fr", "Les utilisateurs de ChatGPT ont doublé cette année à Marseille.", "ChatGPT")]
    [InlineData("de", "Seit dem Durchbruch mit LumoGPT im Jahr 2022 wächst das Unternehmen jedes Jahr.", "LumoGPT")]
    public void ABrandTheTaggerMissesIsAProduct(string language, string text, string brand)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Name == brand && e.Type == EntityType.Product);
    }

    [Theory]
    // Small letter first: units and common nouns are written so.
    [InlineData("Die Anlage liefert 40 kWh, der Impfstoff nutzt mRNA.")]
    // Initials with a small letter inside, too short for a brand.
    [InlineData("Die AfD und der VfB haben gestern getagt.")]
    // One capital after the small letters: a plain compound or a name the tagger reads itself.
    [InlineData("Die PlayStation und das Deutschlandticket waren Thema.")]
    public void OtherWordsAreNoBrands(string text) => Assert.Empty(Find(text, []));

    [Fact]
    public void ANameTheArticleWritesElsewhereIsLeftToTheSpreader()
    {
        const string text = "Nordlicht übernimmt BioNTech. BioNTech bleibt in Mainz.";
        var named = new RawMention(text.LastIndexOf("BioNTech", StringComparison.Ordinal), text.LastIndexOf("BioNTech", StringComparison.Ordinal) + 8, "ORG");

        Assert.Empty(Find(text, [named]));
        Assert.Equal(["BioNTech", "BioNTech"], Find(text, []));
    }

    private static List<string> Find(string text, IReadOnlyList<RawMention> mentions)
    {
        var tokens = Tokens(text);
        return BrandNames.Find(tokens, new bool[tokens.Count], mentions, text).Select(m => text[m.Start..m.End]).ToList();
    }

    private static IReadOnlyList<Token> Tokens(string text) =>
        new Tokenizer(EntityCues.All(LanguageResources.Embedded).Elisions).Tokenize(text);
}
