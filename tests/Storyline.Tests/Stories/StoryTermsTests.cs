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
    public void WordsInsideNamesAndFiguresAreNotWordTerms()
    {
        var article = DuplicateJudgeTests.Analyze(
            "Harbourline Logistics will purchase Koleje Wschodnie for 420 million euros, shareholders announced yesterday in Rotterdam.", "en", "en");

        var words = StoryTerms.Of(article).Keys.Where(k => k.StartsWith("w:", StringComparison.Ordinal)).ToList();

        Assert.Contains("w:purcha", words);
        Assert.Contains("w:shareh", words);
        Assert.Contains("w:announ", words);
        Assert.DoesNotContain("w:harbou", words);
        Assert.DoesNotContain("w:wschod", words);
        Assert.DoesNotContain("w:millio", words);
        Assert.DoesNotContain("w:rotter", words);
    }
}
