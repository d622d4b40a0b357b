using System.Text;
using Storyline.Ingest.Feeds;

namespace Storyline.Tests.Ingest.Feeds;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Le Quotidien du Rail</title>
            <language>fr-FR</language>
            <item>
              <title>Grève à la SNCF : le trafic perturbé</title>
              <link>https://rail.example.fr/greve-sncf</link>
              <pubDate>Tue, 04 Mar 2025 08:30:00 +0100</pubDate>
              <description>Résumé court.</description>
              <content:encoded><![CDATA[<p>Le trafic sera très perturbé mardi.</p><p>Lire aussi : Les syndicats appellent à manifester</p>]]></content:encoded>
            </item>
            <item>
              <title>Deuxième article</title>
              <link>https://rail.example.fr/deux</link>
              <pubDate>2025-03-05T10:00:00Z</pubDate>
              <description>&lt;p&gt;Seulement la description.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Date illisible</title>
              <link>https://rail.example.fr/trois</link>
              <pubDate>mardi dernier</pubDate>
              <description>Texte.</description>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void RssItemsTakeFullContentAndMetadata()
    {
        var items = FeedReader.Read("feed.xml", Encoding.UTF8.GetBytes(Rss)).ToList();
        Assert.All(items, i => Assert.Null(i.Failure));
        var docs = items.Select(i => i.Document!).ToList();
        Assert.Equal(3, docs.Count);
        Assert.Contains("Le trafic sera très perturbé mardi.", docs[0].Content, StringComparison.Ordinal);
        Assert.Equal("https://rail.example.fr/greve-sncf", docs[0].Url);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 30, 0, TimeSpan.FromHours(1)), docs[0].Published);
        Assert.Equal("fr-FR", docs[0].DeclaredLanguage);
        Assert.Equal("Le Quotidien du Rail", docs[0].SiteName);
        Assert.Equal("<p>Seulement la description.</p>", docs[1].Content);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.Zero), docs[1].Published);
        Assert.Null(docs[2].Published);
    }

    [Fact]
    public void AtomEntriesAreRead()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title>Tech-Blatt</title>
              <entry>
                <title>Neues Büro in Brüssel</title>
                <link href="https://tech.example.de/buero" />
                <id>urn:uuid:1</id>
                <updated>2025-03-01T09:00:00Z</updated>
                <published>2025-03-01T08:00:00+01:00</published>
                <content type="html">&lt;p&gt;Das Unternehmen eröffnet ein Büro.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var doc = Assert.Single(FeedReader.Read("feed.atom", Encoding.UTF8.GetBytes(atom))).Document!;
        Assert.Equal("Neues Büro in Brüssel", doc.Title);
        Assert.Equal("https://tech.example.de/buero", doc.Url);
        Assert.Equal("<p>Das Unternehmen eröffnet ein Büro.</p>", doc.Content);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)), doc.Published);
        Assert.Equal("de", doc.DeclaredLanguage);
    }

    [Fact]
    public void TruncatedFeedKeepsItemsBeforeTheDamageAndNamesTheLine()
    {
        var truncated = Rss[..Rss.IndexOf("<title>Date illisible", StringComparison.Ordinal)];
        var items = FeedReader.Read("cut.xml", Encoding.UTF8.GetBytes(truncated)).ToList();
        Assert.Equal(2, items.Count(i => i.Document is not null));
        var failure = Assert.Single(items, i => i.Failure is not null).Failure!;
        Assert.Equal("cut.xml", failure.Source);
        Assert.NotNull(failure.Line);
        Assert.Contains("malformed feed after 2 item(s)", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>", "not an RSS 2.0 or Atom feed")]
    [InlineData("<rss version=\"2.0\"><channel><title>x</title></channel></rss>", "feed has no items")]
    [InlineData("this is not xml at all", "malformed feed")]
    public void NonFeedsFailClearly(string text, string reason)
    {
        var failure = Assert.Single(FeedReader.Read("bad.xml", Encoding.UTF8.GetBytes(text))).Failure;
        Assert.NotNull(failure);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }
}
