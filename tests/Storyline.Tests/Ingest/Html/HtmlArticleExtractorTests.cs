using System.Text;
using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private static HtmlPage Case(string name, string? url = null)
        => Extractor.Extract(File.ReadAllText(Path.Combine(TestPaths.Cases("Boilerplate"), name, "input.html"), Encoding.UTF8), url);

    [Fact]
    public void ReadsJsonLdGraphAndOpenGraphMetadata()
    {
        var page = Case("fr-news-jsonld");

        Assert.Equal("La SNCF commande 60 nouveaux TGV", page.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 8, 30, 0, TimeSpan.FromHours(1)), page.Published);
        Assert.Equal("Claire Martin, Hugo Bernard", page.Author);
        Assert.Equal("https://courrier-rail.example.fr/economie/sncf-tgv-commande", page.CanonicalUrl);
        Assert.Equal("Le Courrier du Rail", page.SiteName);
        Assert.Equal("fr", page.Language);
    }

    [Fact]
    public void RecordsBoilerplateNearTheContentWithReasons()
    {
        var page = Case("fr-news-jsonld");

        Assert.Contains(page.Removed, r => r.Reason == "related" && r.Text.StartsWith("Lire aussi", StringComparison.Ordinal));
        Assert.Contains(page.Removed, r => r.Reason == "share" && r.Text.Contains("Partager sur Facebook", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("cookies", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Paragraphs, p => p == page.Title);
        Assert.True(page.Removed.Count <= 50);
    }

    [Fact]
    public void DropsCommentsAdsAndCueLinesFromAGermanBlog()
    {
        var page = Case("de-blog-comments");

        Assert.Equal("Radweg an der Ruhr wird verlängert", page.Title);
        Assert.Equal(new DateTimeOffset(2023, 6, 5, 0, 0, 0, TimeSpan.Zero), page.Published);
        Assert.Equal("Jana Schulte", page.Author);
        Assert.Equal("Stadtblog Essen", page.SiteName);
        Assert.Contains("Zwei neue Brücken über die Zuflüsse der Ruhr.", page.Paragraphs);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("Endlich!", StringComparison.Ordinal) || p == "Anzeige" || p == "Weiterlesen");
    }

    [Fact]
    public void SurvivesAUrlWithAnImpossibleDatePath()
    {
        var page = Case("en-url-week-path", "https://news.example.org/2019/43/library-hours");

        Assert.Equal(2, page.Paragraphs.Count);
        Assert.Null(page.Published);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html>")]
    [InlineData("<<<>>><!-- <p>")]
    [InlineData("\u0000\u0001\u0002\uFFFD binary\u0007")]
    [InlineData("<script>var a = '<p>not text</p>';</script>")]
    [InlineData("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head></html>")]
    public void NeverThrowsOnJunk(string html)
    {
        var page = Extractor.Extract(html);

        Assert.NotNull(page.Paragraphs);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("not text", StringComparison.Ordinal));
    }

    [Fact]
    public void NeverThrowsOnRandomBytesOrDeepNesting()
    {
        var random = new Random(20240312);
        for (var i = 0; i < 20; i++)
        {
            var chars = new char[random.Next(0, 5000)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x3000);
            }

            Assert.NotNull(Extractor.Extract(new string(chars)).Paragraphs);
        }

        var deep = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>bottom</p>";
        Assert.NotNull(Extractor.Extract(deep).Paragraphs);
    }

    [Fact]
    public void DiscardsImplausibleDates()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var extractor = new HtmlArticleExtractor(HtmlResources.Cues, HtmlResources.Classes, clock);

        Assert.Null(extractor.Extract(Dated("1970-01-01T00:00:00Z")).Published);
        Assert.Null(extractor.Extract(Dated("2024-01-05T00:00:00Z")).Published);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 12, 0, 0, TimeSpan.Zero), extractor.Extract(Dated("2024-01-02T12:00:00Z")).Published);
        Assert.Equal(new DateTimeOffset(2019, 10, 21, 0, 0, 0, TimeSpan.Zero), extractor.Extract(Dated("21.10.2019")).Published);
    }

    [Fact]
    public void IgnoresMalformedJsonLdAndFallsBackToOtherSources()
    {
        const string html = """
            <html lang="de-AT"><head><title>Neue Brücke in Linz eröffnet – Linzer Nachrichten</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken",,, </script>
            <meta name="parsely-pub-date" content="2021-04-09T07:00:00Z"></head>
            <body><p>Die neue Donaubrücke in Linz ist am Freitag für den Verkehr freigegeben worden, nach vier Jahren Bauzeit.</p></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal("Neue Brücke in Linz eröffnet", page.Title);
        Assert.Equal(new DateTimeOffset(2021, 4, 9, 7, 0, 0, TimeSpan.Zero), page.Published);
        Assert.Equal("de", page.Language);
        Assert.Single(page.Paragraphs);
    }

    private static string Dated(string date)
        => $"<html><head><meta property=\"article:published_time\" content=\"{date}\"></head><body><p>Text of the article.</p></body></html>";

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
