using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>Initials before a place, written together more than once, name one organisation.</summary>
public sealed class InitialledPlacesTests
{
    [Fact]
    public void InitialsAndAPlaceWrittenTogetherTwiceAreOneOrganisation()
    {
        const string text = "Kestrel signe avec AI Lisbon. AI Lisbon, lancé en 2019 par le gouvernement, forme des ingénieurs à Lisbonne.";

        var joined = Join(text, "en");

        Assert.Equal(["AI Lisbon/ORG", "AI Lisbon/ORG"], joined);
    }

    [Theory]
    // Once: initials and a place side by side.
    [InlineData("The US Paris embassy was closed. Paris reopened it on Monday.")]
    // A word that is no initials.
    [InlineData("Visit Lisbon today. Visit Lisbon tomorrow.")]
    public void OtherwiseThePlaceStays(string text)
    {
        Assert.All(Join(text, "en"), m => Assert.EndsWith("/LOC", m, StringComparison.Ordinal));
    }

    // Every "Lisbon" and "Paris" tagged as a place, as the tagger reads them.
    private static List<string> Join(string text, string language)
    {
        var tokens = new Tokenizer(EntityCues.All(LanguageResources.Embedded).Elisions).Tokenize(text);
        var places = tokens.Where(t => t.Text is "Lisbon" or "Paris").Select(t => new RawMention(t.Start, t.End, "LOC")).ToList();
        return InitialledPlaces.Join(places, tokens, text, NameCatalog.Embedded, language).Select(m => $"{text[m.Start..m.End]}/{m.ConllType}").ToList();
    }
}
