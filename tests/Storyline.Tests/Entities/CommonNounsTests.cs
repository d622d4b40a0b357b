using Storyline.Entities;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>German nouns have capitals: one the article also writes after an article is no part of a name.</summary>
public sealed class CommonNounsTests
{
    private static readonly EntityCues German = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, "de"));

    [Theory]
    // "Schulung" is written after "die": the noun is cut from the name written alone elsewhere.
    [InlineData("Simplon bildet aus. Die Schulung dauert drei Monate. OpenAI wird Simplon Schulungen anbieten.", "Simplon Schulungen", "Simplon")]
    // "Brauholding" is written after no article: it stays part of the name.
    [InlineData("Kessing zahlt eine Dividende. Die Kessing Brauholding wächst.", "Kessing Brauholding", "Kessing Brauholding")]
    // A designator is never cut.
    [InlineData("Kessing zahlt. Die AG wächst. Die Kessing AG wächst.", "Kessing AG", "Kessing AG")]
    public void ANounWrittenAfterAnArticleIsCutFromTheNameBeforeIt(string text, string tagged, string kept)
    {
        // The name alone opens each text.
        var at = text.LastIndexOf(tagged, StringComparison.Ordinal);
        List<RawMention> mentions = [new(0, tagged.IndexOf(' ', StringComparison.Ordinal), "ORG"), new(at, at + tagged.Length, "ORG")];

        var cut = CommonNouns.Cut(mentions, text, German);

        Assert.Equal(kept, text[cut[1].Start..cut[1].End]);
    }

    [Fact]
    public void APersonsSurnameTheTaggerMissedElsewhereIsNoNoun()
    {
        const string text = "Tom Moore sammelte Geld. Moore wurde 100 Jahre alt. Tom lief im Garten.";
        List<RawMention> mentions = [new(0, 9, "PER"), new(text.LastIndexOf("Tom", StringComparison.Ordinal), text.LastIndexOf("Tom", StringComparison.Ordinal) + 3, "PER")];

        Assert.Equal(mentions, CommonNouns.Cut(mentions, text, German));
    }

    [Theory]
    // "Büro" is written after "ein": "Pariser Büros" is the Paris office, no name.
    [InlineData("OpenAI eröffnet ein Büro in Paris. Die Eröffnung des Pariser Büros ist für Herbst geplant.", "Pariser Büros", false)]
    // "Nordhafen" is written nowhere after an article: the bank's name stays.
    [InlineData("Die Kunden der Hamburger Nordhafen sind verärgert. Nordhafen entschuldigte sich.", "Hamburger Nordhafen", true)]
    public void APlacesAdjectiveAndANounTheArticleWritesAfterAnArticleAreNoName(string text, string tagged, bool name)
    {
        var at = text.IndexOf(tagged, StringComparison.Ordinal);
        var mentions = new List<RawMention> { new(at, at + tagged.Length, "LOC") };
        var other = text.LastIndexOf("Nordhafen", StringComparison.Ordinal);
        if (other > at + tagged.Length)
        {
            mentions.Add(new RawMention(other, other + "Nordhafen".Length, "ORG"));
        }

        var entities = new EntityGrouper(Storyline.Entities.Names.NameCatalog.Embedded).Group(mentions, text, "de", German, []);

        Assert.Equal(name, entities.Any(e => e.Mentions.Any(m => m.Text == tagged)));
    }
}
