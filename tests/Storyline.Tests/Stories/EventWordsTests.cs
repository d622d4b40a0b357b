using Storyline.Languages;
using Storyline.Stories;

namespace Storyline.Tests.Stories;

public sealed class EventWordsTests
{
    private static readonly EventWords Words = EventWords.Parse(
        ["# test", "[recall]", "rappel", "-rückruf", "rückruf", "[listing]", "ipo$", "stock market debut", "[strike]", "grève"], "test/events.txt");

    [Theory]
    [InlineData("Le fabricant rappelle ses friteuses", "recall")]
    [InlineData("Der Produktrückruf betrifft zwei Modelle", "recall")]
    [InlineData("Harwick ruft Fritteusen zurück: der Rückruf beginnt", "recall")]
    [InlineData("Its IPO was priced on Monday", "listing")]
    [InlineData("a stock market debut in Amsterdam", "listing")]
    [InlineData("LA GRÈVE CONTINUE", "strike")]
    public void AStemMatchesTheWordsThatStartWithItWhateverTheirCaseOrAccents(string text, string kind) =>
        Assert.Equal([kind], Kinds(text));

    [Theory]
    [InlineData("The IPOs of the year")]
    [InlineData("a stock market rally")]
    [InlineData("Rückenschmerzen")]
    [InlineData("")]
    public void AWholeWordStemACompoundPartAndAPhraseMatchOnlyWhatTheySay(string text) =>
        Assert.Empty(Kinds(text));

    [Fact]
    public void ALanguageWithoutTheFileHasNoKinds()
    {
        Assert.Empty(EventWords.For("tr").Kinds);
        Assert.Empty(StoryEvents.Of("Grev sürüyor", "İşçiler greve devam ediyor.", "tr"));
    }

    [Fact]
    public void EveryLanguageNamesTheSameKindsInTheSameOrder()
    {
        var english = EventWords.For("en").Kinds;

        Assert.True(english.Count >= 30, $"{english.Count} kinds");
        foreach (var language in LanguageResources.Embedded.Languages)
        {
            Assert.Equal(english, EventWords.For(language).Kinds);
        }
    }

    [Fact]
    public void AnEntryOutsideAKindIsAnErrorThatNamesTheFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => EventWords.Parse(["rappel"], "xx/events.txt"));

        Assert.Contains("xx/events.txt", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Kinds(string text)
    {
        var kinds = new Dictionary<string, double>();
        Words.Count(text, 1, kinds);
        return kinds.Keys.ToList();
    }
}
