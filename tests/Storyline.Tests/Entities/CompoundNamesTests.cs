using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Tests.Entities;

/// <summary>Names at the head of compounds, on mentions as the tagger might have read them.</summary>
public sealed class CompoundNamesTests
{
    [Fact]
    public void AFirstWordsHeadAndANounRunOnOfOneMentionGiveOneName()
    {
        // "SPD" is named alone, so "SPD-Bezirk" has it at its head; the mention also ends in a compound's noun.
        const string text = "Die SPD tagt. Das sagten Mitarbeiter vom SPD-Bezirk Kesselland-Verwaltungen.";
        var heads = Find(text, [Span(text, "SPD", "ORG"), Span(text, "SPD-Bezirk Kesselland-Verwaltungen", "ORG")]);

        var head = Assert.Single(heads);
        Assert.Equal("SPD", text[head.Start..head.End]);
    }

    [Theory]
    [InlineData("Der Antrag kam vom Bezirk Weser-Ems.", "Bezirk Weser-Ems")] // a region's double name
    [InlineData("Christian Schmidt-Weber sagte das.", "Christian Schmidt-Weber")] // a double surname
    public void NamesJoinedByAHyphenStayWhole(string text, string name)
    {
        Assert.Empty(Find(text, [Span(text, name, name.StartsWith("Christian", StringComparison.Ordinal) ? "PER" : "LOC")]));
    }

    [Theory]
    [InlineData("Die Brunnwald Werkzeuge GmbH ruft 5.000 Bohrmaschinen zurück. Brunnwald-Geschäftsführerin Anja Roth entschuldigte sich bei den Kunden.", "Brunnwald")]
    [InlineData("Der Fonds Tannreich Ventures hat 20 Millionen Euro eingesammelt. Tannreich-Partnerin Jule Berger sprach von einem Erfolg.", "Tannreich")]
    public void AnOrganisationsShortNameHeadsACompound(string text, string head)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var company = Assert.Single(entities, e => e.Type == EntityType.Organisation);
        Assert.Contains(company.Mentions, m => m.Text == head);
    }

    // The genitive of a double name the catalog knows is that name, not its first half ("Baden" is also a town in Austria).
    [Theory]
    [InlineData("Auf der Seite Sachsen-Anhalts war die Lage kaum besser.", "Sachsen-Anhalts", "Sachsen-Anhalt")]
    [InlineData("Das sagte Baden-Württembergs Ministerpräsident am Dienstag.", "Baden-Württembergs", "Baden-Württemberg")]
    public void TheGenitiveOfADoubleNameIsThatName(string text, string mention, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var place = Assert.Single(entities);
        Assert.Equal(name, place.Name);
        Assert.Equal(mention, Assert.Single(place.Mentions).Text);
    }

    [Theory]
    [InlineData("Nordkamp hat die Zulassung bei der Europäischen Arzneimittel-Agentur (EMA) beantragt.", "Europäischen Arzneimittel-Agentur")]
    // A federation ("Bund") is a body, in the genitive too.
    [InlineData("Jana Wirth, Präsidentin des Deutschen Kanu-Bundes, lobte die Mannschaft.", "Deutschen Kanu-Bundes")]
    public void ANounNamingABodyEndsItsName(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Contains(entities.SelectMany(e => e.Mentions), m => m.Text == name);
    }

    [Fact]
    public void ACompoundThatEndsInAPlaceAdjectiveHasNoPlaceAtItsHead()
    {
        const string text = "Voltmark Energy mag in het Oost-Duitse Guben grondwater oppompen, net als de fabriek in Noord-Brabant.";
        var tokens = new Tokenizer(new HashSet<string>()).Tokenize(text);

        // "Oost" is a village the catalog knows; "Oost-Duitse" is an adjective, "east German".
        var heads = CompoundNames.Find([Span(text, "Guben", "LOC")], tokens, text, NameCatalog.Embedded, "nl", capitalisedNouns: false, adjectiveEndings: new HashSet<string> { "se", "sche" });

        Assert.DoesNotContain(heads, h => text[h.Start..h.End] == "Oost");
        Assert.Contains(heads, h => text[h.Start..h.End] == "Noord-Brabant");
    }

    private static RawMention Span(string text, string words, string type)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new RawMention(start, start + words.Length, type);
    }

    private static List<RawMention> Find(string text, List<RawMention> mentions) =>
        CompoundNames.Find(mentions, new Tokenizer(new HashSet<string>()).Tokenize(text), text, NameCatalog.Embedded, "de", capitalisedNouns: true).ToList();
}
