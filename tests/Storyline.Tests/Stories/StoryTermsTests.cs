using Storyline.Stories;
using Storyline.Tests.Duplicates;

namespace Storyline.Tests.Stories;

/// <summary>What an article is about, as terms every language writes alike.</summary>
public sealed class StoryTermsTests
{
    [Fact]
    public void AnOrganisationWrittenByItsInitialsToo_IsFiledUnderThemAsWellAsItsName()
    {
        var defined = DuplicateJudgeTests.Analyze(
            "Die Gewerkschaft Deutscher Zugbegleiter und Lokführer (GDZL) hat zum Streik aufgerufen. Die GDZL fordert 8,5 Prozent mehr Lohn.", "de", "de");
        var bare = DuplicateJudgeTests.Analyze(
            "La GDZL, le syndicat allemand des contrôleurs, appelle à une grève de 48 heures à partir de mardi.", "fr", "fr");

        var terms = StoryTerms.Of(defined);
        Assert.Contains("e:gdzl", terms.Keys);
        Assert.Contains(terms.Keys, k => k.StartsWith("e:gewerkschaft", StringComparison.Ordinal));
        Assert.Contains("e:gdzl", StoryTerms.Of(bare).Keys);
    }

    [Fact]
    public void EveryWordOfFiveLettersOrMoreIsAWordTermNamesAsWrittenAmongThem()
    {
        var article = DuplicateJudgeTests.Analyze(
            "Harbourline Logistics will purchase Koleje Wschodnie for 420 million euros, shareholders announced yesterday in Rotterdam.", "en", "en");

        var words = StoryTerms.Of(article).Keys.Where(k => k.StartsWith("w:", StringComparison.Ordinal)).ToList();

        Assert.Contains("w:purch", words);
        Assert.Contains("w:share", words);
        Assert.Contains("w:annou", words);
        Assert.Contains("w:harbo", words);
        Assert.Contains("w:wscho", words);
        Assert.Contains("w:rotte", words);
        Assert.DoesNotContain("w:will", words);
        Assert.DoesNotContain(words, w => char.IsDigit(w[2]));
        Assert.Contains(StoryTerms.Of(article).Keys, k => k.StartsWith("e:harbourline", StringComparison.Ordinal));
    }

    [Fact]
    public void AScriptWrittenWithoutSpacesGivesPairsOfCharactersAsWords()
    {
        var article = DuplicateJudgeTests.Analyze("英国街头继续堆积如山。Huawei公司周二在深圳发布新手机。", "zh", "zh");

        var words = StoryTerms.Of(article).Keys.Where(k => k.StartsWith("w:", StringComparison.Ordinal)).ToList();

        Assert.Contains("w:英国", words);
        Assert.Contains("w:街头", words);
        Assert.Contains("w:深圳", words);
        Assert.Contains("w:huawe", words);
        Assert.DoesNotContain(words, w => w.Length > 4 && InUnspacedScript(w));
        Assert.DoesNotContain("w:i公", words);
    }

    [Fact]
    public void ABookInOneFileKeepsItsMostRepeatedWordsOnly()
    {
        // Ten thousand words of distinct stems ("qaaaas", "qaaabs", …) and one written a hundred times.
        var distinct = Enumerable.Range(0, 10_000).Select(i => "q" + string.Concat(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) + "s");
        var text = string.Join(" ", distinct) + " " + string.Join(" ", Enumerable.Repeat("harbourline", 100));
        var article = new Article { Id = "book", Source = "book.txt", Language = "en", Text = text, RawHash = "0" };

        var words = StoryTerms.Of(article).Where(t => t.Key.StartsWith("w:", StringComparison.Ordinal)).ToList();

        Assert.Equal(StoryTerms.MostWords, words.Count);
        Assert.Contains(words, w => w.Key == "w:harbo" && w.Value == 100 * StoryTerms.WordWeight);
    }

    private static bool InUnspacedScript(string term) => term.Skip(2).Any(Storyline.Text.UnspacedScripts.Contains);
}
