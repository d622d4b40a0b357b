using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>A name right after a noun for a kind of place is that place.</summary>
public sealed class PlacedNamesTests
{
    [Fact]
    public void ANameThePlaceNounIntroducesIsAPlaceWhateverTheTaggerRead()
    {
        const string text = "Il fiume Velsano è esondato nella notte a sud di Corvena.";

        var placed = Apply(text, "it", ("Velsano", "PER"), ("Corvena", "LOC"));

        Assert.Equal(["Velsano/LOC", "Corvena/LOC"], placed);
    }

    [Theory]
    [InlineData("fr", "Devant la gare de Montbrillac, une affiche annonçait la grève.", "Montbrillac/LOC")]
    [InlineData("fr", "Le siège se trouve dans le quartier de la Croix-Vernet depuis 2019.", "Croix-Vernet/LOC")]
    [InlineData("fr", "Un camion s'est renversé sur l'autoroute A9 mardi matin.", "A9/LOC")]
    [InlineData("en", "Rescuers searched the village of Castel Ardo until nightfall.", "Castel Ardo/LOC")]
    [InlineData("de", "Der Hersteller will im Werk Ostrach 280 Stellen streichen.", "Ostrach/LOC")]
    public void ANameTheTaggerMissedIsAdded(string language, string text, string expected)
    {
        Assert.Equal([expected], Apply(text, language));
    }

    [Theory]
    [InlineData("de", "Feuerwehrleute aus der Provinz Ravenola sind im Einsatz.", "Provinz Ravenola", "Ravenola/LOC")]
    [InlineData("fr", "Le feu a gagné le massif des Albérines dans la nuit.", "massif des Albérines", "Albérines/LOC")]
    [InlineData("de", "Der Einstieg stärke die Anbindung des Hafens Velmar an das Hinterland.", "Hafens Velmar", "Velmar/LOC")]
    public void ThePlaceNounIsCutFromANameTheTaggerRanOverIt(string language, string text, string tagged, string expected)
    {
        Assert.Equal([expected], Apply(text, language, (tagged, "LOC")));
    }

    [Theory]
    // German capitalises every noun: an object after "Werk" is no town.
    [InlineData("de", "Wir haben gesagt, dass dieses Werk Maßstäbe beim Wassersparen setzen wird.")]
    [InlineData("de", "Das Land will der Stadt Geld geben, und das Geld reicht.")]
    // In English a capitalised noun is part of the name ("Lake Morvane"), which the tagger reads whole or not at all.
    [InlineData("en", "Hikers walked around Lake Morvane on Sunday.")]
    // A lower-case word after the noun: no name.
    [InlineData("it", "Il fiume è esondato nella notte.")]
    public void OtherwiseNothingIsAdded(string language, string text)
    {
        Assert.Empty(Apply(text, language));
    }

    private static List<string> Apply(string text, string language, params (string Text, string Type)[] tagged)
    {
        var resources = LanguageResources.Embedded;
        var cues = EntityCues.All(resources).WithOwnLanguage(EntityCues.For(resources, language));
        var tokens = new Tokenizer(cues.Elisions).Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, cues.Abbreviations).ToList();
        var mentions = tagged.Select(t => new RawMention(text.IndexOf(t.Text, StringComparison.Ordinal), text.IndexOf(t.Text, StringComparison.Ordinal) + t.Text.Length, t.Type)).ToList();
        return PlacedNames.Apply(mentions, tokens, text, sentences, cues, _ => false)
            .OrderBy(m => m.Start).Select(m => $"{text[m.Start..m.End]}/{m.ConllType}").ToList();
    }
}
