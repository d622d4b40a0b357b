using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

public sealed class HtmlResourcesTests
{
    [Fact]
    public void EveryRequiredLanguageShipsCues()
    {
        var languages = HtmlResources.EmbeddedLanguages();

        foreach (var required in new[] { "de", "en", "es", "fr", "it", "nl" })
        {
            Assert.Contains(required, languages);
        }
    }

    [Fact]
    public void EveryCueFileParsesWithoutEmptyOrDuplicateEntries()
    {
        // LoadCues throws, naming the file, on a duplicate entry or an entry outside a section.
        foreach (var language in HtmlResources.EmbeddedLanguages())
        {
            Assert.True(HtmlResources.LoadCues([language]).Count > 10, language);
        }
    }

    [Fact]
    public void ResourceFilesOnDiskMatchTheEmbeddedOnes()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "Storyline", "Resources");

        Assert.Equal(HtmlResources.Cues.Count, HtmlResources.LoadCuesFromDirectory(folder).Count);
    }

    [Theory]
    [InlineData("Lire aussi : Alstom publie des résultats en hausse", "related")]
    [InlineData("Weiterlesen", "related")]
    [InlineData("Anzeige", "advertising")]
    [InlineData("PUBLICIDAD", "advertising")]
    [InlineData("Foto: dpa", "caption")]
    [InlineData("Leave a comment", "comments")]
    public void MatchesCuesOfEveryLanguage(string text, string reason) => Assert.Equal(reason, HtmlResources.Cues.Match(text, 0));

    [Theory]
    [InlineData("Lire aussi la déclaration du ministre, publiée hier, qui détaille le calendrier des travaux prévus à Lyon et à Marseille jusqu'en 2027 et au-delà, avec un budget revu à la hausse.")]
    [InlineData("Die Anzeige wurde am Montag bei der Polizei erstattet.")]
    public void LeavesProseAlone(string text) => Assert.Null(HtmlResources.Cues.Match(text, 0));
}
