using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>A capitalised place adjective the tagger took into the name after it (Dutch): cut when the rest is a name.</summary>
public sealed class DemonymAdjectivesTests
{
    private static EntityCues Cues(string language) =>
        EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, language));

    [Theory]
    // The rest is a place the catalog knows: a place, whatever the tagger read.
    [InlineData("Na de brand in het Duitse Krefeld waarschuwt de regio.", "Duitse Krefeld", "PER", "Krefeld", "LOC")]
    // The rest is written alone elsewhere in the article.
    [InlineData("De fabriek is van het Italiaanse Korsavi. Korsavi meldde dinsdag verlies.", "Italiaanse Korsavi", "PER", "Korsavi", "PER")]
    // Written only so: the adjective is part of the name.
    [InlineData("De Nederlandse Spoorwegen rijden minder treinen.", "Nederlandse Spoorwegen", "ORG", "Nederlandse Spoorwegen", "ORG")]
    public void TheAdjectiveIsCutWhenTheRestIsAName(string text, string tagged, string type, string name, string cleanType)
    {
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var cut = Assert.Single(DemonymAdjectives.Cut([new RawMention(start, start + tagged.Length, type)], text, Cues("nl"), NameCatalog.Embedded, "nl"));

        Assert.Equal(name, text[cut.Start..cut.End]);
        Assert.Equal(cleanType, cut.ConllType);
    }

    // German: a place and "-er" ("Düsseldorfer"), before an organisation's name written without it elsewhere, is cut; before
    // a name always written with it, or a common noun, it is part of the name.
    [Theory]
    [InlineData("Die Mieter der Düsseldorfer Harvendahl Immobilien AG protestieren. Harvendahl kündigte eine Prüfung an.", "Düsseldorfer Harvendahl Immobilien AG", "Harvendahl Immobilien AG")]
    [InlineData("Das schrieb die Frankfurter Rundschau am Montag. Der Verlag widersprach.", "Frankfurter Rundschau", "Frankfurter Rundschau")]
    [InlineData("Im Hamburger Hafen liegen drei Schiffe. Der Hafen ist gesperrt.", "Hamburger Hafen", "Hamburger Hafen")]
    public void AGermanPlaceAdjectiveIsCutWhereTheNameStandsWithoutIt(string text, string tagged, string name)
    {
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var cut = Assert.Single(DemonymAdjectives.Cut(
            [new RawMention(start, start + tagged.Length, "ORG")], text, Cues("de"), NameCatalog.Embedded, "de", NounLexicon.Read(LanguageResources.Embedded, "de")));

        Assert.Equal(name, text[cut.Start..cut.End]);
    }

    [Theory]
    [InlineData("nl", "Volgens de Duitse autoriteiten was het vuur gedoofd.", "Duitse", 0)]
    // A language without the data keeps it: English "Chinese" is read by the grouper's nationality rule instead.
    [InlineData("en", "The Chinese authorities said nothing.", "Chinese", 1)]
    public void AnAdjectiveAloneBeforeALowerCaseNounIsNoName(string language, string text, string word, int kept)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        var mentions = DemonymAdjectives.Cut([new RawMention(start, start + word.Length, "LOC")], text, Cues(language), NameCatalog.Embedded, language);
        Assert.Equal(kept, mentions.Count);
    }

    [Fact]
    public void TheStageReadsTheAdjectiveOutOfThePlace()
    {
        var entities = EntityRecognizer.Default.Recognize("Het Museo Larrañaga in het Spaanse Bilbao heeft woensdag besloten het schilderij terug te geven.", "nl");
        Assert.Contains(entities, e => e is { Name: "Bilbao", Type: EntityType.Place });
        Assert.DoesNotContain(entities, e => e.Name.Contains("Spaanse", StringComparison.Ordinal));
    }
}
