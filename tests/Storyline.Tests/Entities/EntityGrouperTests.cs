using Storyline.Entities;
using Storyline.Entities.Names;

namespace Storyline.Tests.Entities;

/// <summary>Grouping decisions on mentions given here with the tagger's types, so that the tagger's own reading does not blur them.</summary>
public sealed class EntityGrouperTests
{
    private static readonly EntityCues Cues = EntityCues.All(Storyline.Languages.LanguageResources.Embedded);

    [Fact]
    public void ACompanysShortFormJoinsItEvenWhenTheTaggerReadTheFullNameAsAPerson()
    {
        // The designator makes "Farmaceutici Ferrandi" a company; "Ferrandi", written five times, is its short form,
        // not a surname written far more often than a person's full name.
        const string text = "Farmaceutici Ferrandi. Ferrandi. Ferrandi. Ferrandi. Ferrandi. Ferrandi.";
        var mentions = new List<RawMention> { new(0, 21, "PER") };
        for (var at = text.IndexOf("Ferrandi.", 22, StringComparison.Ordinal); at >= 0; at = text.IndexOf("Ferrandi.", at + 1, StringComparison.Ordinal))
        {
            mentions.Add(new RawMention(at, at + 8, "ORG"));
        }

        var entity = Assert.Single(new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, "en", Cues));
        Assert.Equal("Farmaceutici Ferrandi", entity.Name);
        Assert.Equal(EntityType.Organisation, entity.Type);
        Assert.Equal(6, entity.Mentions.Count);
    }

    [Theory]
    // Introduced in full, then written by surname however often: one person (the surname alone, a "person" only ever
    // written as one word, would be an organisation).
    [InlineData("Der Gewerkschafter Hanno Wirtzfeld ist tot. Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld.", "Hanno Wirtzfeld", 1)]
    // Written alone far more often, and first: a name of its own, not the surname of a later person.
    [InlineData("Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld. Der Sprecher Hanno Wirtzfeld sagte.", "Hanno Wirtzfeld", 2)]
    public void ASurnameJoinsThePersonNamedInFullBeforeIt(string text, string fullName, int entities)
    {
        var start = text.IndexOf(fullName, StringComparison.Ordinal);
        var mentions = new List<RawMention> { new(start, start + fullName.Length, "PER") };
        for (var at = text.IndexOf("Wirtzfeld.", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Wirtzfeld.", at + 1, StringComparison.Ordinal))
        {
            if (at != start + fullName.Length - "Wirtzfeld".Length)
            {
                mentions.Add(new RawMention(at, at + 9, "PER"));
            }
        }

        var grouped = new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, "de", Cues);
        Assert.Equal(entities, grouped.Count);
        Assert.Contains(grouped, e => e.Name == fullName && e.Type == EntityType.Person);
    }

    [Fact]
    public void ASurnameTwoPeopleShareStaysAPerson()
    {
        // Neither full name takes "Wirtzfeld" alone, which is still no company: the family is people.
        const string text = "Hanno Wirtzfeld verkaufte das Bild. Seine Enkelin Mira Wirtzfeld klagt. Die Familie Wirtzfeld hofft.";
        var mentions = new List<RawMention>();
        foreach (var (name, type) in new[] { ("Hanno Wirtzfeld", "PER"), ("Mira Wirtzfeld", "PER"), ("Familie Wirtzfeld", "") })
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add(type == "" ? new RawMention(start + 8, start + name.Length, "PER") : new RawMention(start, start + name.Length, type));
        }

        var grouped = new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, "de", Cues);
        Assert.Contains(grouped, e => e is { Name: "Wirtzfeld", Type: EntityType.Person });
    }

    [Theory]
    [InlineData("de", "Die Berliner Entwickler ziehen im Juli an die Spree.", "Berliner")]
    [InlineData("de", "Viele Wiener Firmen melden Kurzarbeit an.", "Wiener")]
    [InlineData("fr", "Les Singapouriens sont parmi les premiers clients.", "Singapouriens")]
    [InlineData("fr", "Les Lyonnais ont voté dimanche.", "Lyonnais")]
    public void APlacesPeopleOrAdjectiveIsNoEntity(string language, string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        Assert.Empty(Group([new RawMention(start, start + word.Length, "LOC")], text, language));
    }

    [Theory]
    [InlineData("de", "Am Montag lobte Werner die Mannschaft.", "Werner", "PER")]
    [InlineData("de", "In Essen stand am Montag der Verkehr still.", "Essen", "LOC")]
    public void FirstNamesAndPlacesThemselvesStay(string language, string text, string word, string type)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        Assert.Single(Group([new RawMention(start, start + word.Length, type)], text, language));
    }

    [Fact]
    public void AnUnknownPlaceWrittenWithAnInnerCapitalIsAProduct()
    {
        const string text = "Die Nutzer von VoxaLink in Lyon sind zufrieden.";
        var entities = Group([new RawMention(15, 23, "LOC"), new RawMention(27, 31, "LOC")], text, "de");
        Assert.Equal([("VoxaLink", EntityType.Product), ("Lyon", EntityType.Place)], entities.Select(e => (e.Name, e.Type)));
    }

    private static IReadOnlyList<Entity> Group(List<RawMention> mentions, string text, string language) =>
        new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, language, Cues.WithOwnLanguage(EntityCues.For(Storyline.Languages.LanguageResources.Embedded, language)));
}
