using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

/// <summary>One small page per content rule of the extractor: what it keeps and what it drops.</summary>
public sealed class ContentRulesTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Body = """
        <p>The council voted on Tuesday to extend the night bus network to the three outer districts, after a year of trials that carried more passengers than expected.</p>
        <p>Buses will run every twenty minutes between midnight and five, and the fares stay the same as during the day, the transport office said.</p>
        <p>Residents of the northern estates, who had campaigned for the service since 2019, welcomed the decision but asked for more stops near the hospital.</p>
        """;

    [Fact]
    public void KeepsTheDeckAndSubheadOfTheEnclosingArticle()
    {
        var html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <article><h2 class="deck">Night buses for the outer districts</h2>
            <div class="lead-box"><span>Three districts join the network</span></div>
            <div class="text">{Body}</div></article>
            <footer><a href="/about">About us</a></footer></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Contains("Night buses for the outer districts", page.Paragraphs);
        Assert.Contains("Three districts join the network", page.Paragraphs);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("About us", StringComparison.Ordinal));
    }

    [Fact]
    public void DoesNotWidenToAnArticleThatAddsMostlyLinks()
    {
        var links = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/story/{i}\">Another story from the city desk number {i}</a></li>"));
        var html = $"""
            <html><body><article><div class="text">{Body}</div><ul class="list">{links}</ul></article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(3, page.Paragraphs.Count);
    }

    [Fact]
    public void ReadsAnArticleRenderedOnlyInsideNoscript()
    {
        var html = $"""
            <html><body><div class="post"><script type="text/template">&lt;p&gt;template copy&lt;/p&gt;</script>
            <noscript>{Body}</noscript></div>
            <noscript><img src="/pixel.gif">Please enable JavaScript.</noscript></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(3, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("enable JavaScript", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsDescriptiveCaptionsAndDropsShortCredits()
    {
        var html = $"""
            <html><body><article>{Body}
            <figure><img src="a.jpg"><figcaption>The first night bus leaves the central station for the northern estates, where the trial began last spring.</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>Photo: City archive</figcaption></figure>
            </article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Contains(page.Paragraphs, p => p.StartsWith("The first night bus", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("City archive", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("td-module-meta-info")]
    [InlineData("meta__datetime")]
    [InlineData("author-info")]
    [InlineData("postmetadata")]
    public void DropsMetaAndAuthorLinesInsideTheArticle(string className)
    {
        var html = $"""
            <html><body><article><div class="{className}">Tuesday, 4 June 2019 by Jane Doe, transport reporter</div>{Body}</article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(3, page.Paragraphs.Count);
        Assert.Contains(page.Removed, r => r.Reason == "byline" && r.Text.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Fact]
    public void TakesTheOutermostOfNestedArticles()
    {
        var html = $"""
            <html><body><article class="story"><p class="intro">Night buses reach the outer districts from May.</p>
            <article class="component"><h3>The decision</h3>{Body}</article>
            <article class="component"><h3>The timetable</h3><p>Short hops only.</p></article></article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Contains("Night buses reach the outer districts from May.", page.Paragraphs);
        Assert.Contains("Short hops only.", page.Paragraphs);
    }

    [Fact]
    public void DropsATaggedLine()
    {
        var html = $"""
            <html><body><article>{Body}<p>Tagged: transport, night buses</p></article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(3, page.Paragraphs.Count);
    }

    [Fact]
    public void DropsTheDateLineUnderTheHeadlineButNotASentenceWithADate()
    {
        var html = $"""
            <html><body><article><header><h1>Night buses</h1>
            <div class="firma-fecha"><span>Nuria Castelló</span> <time datetime="2025-07-03T21:10">3 jul 2025 - 21:10 CEST</time></div></header>
            {Body}<p>The first bus leaves on <time datetime="2025-05-01">1 May 2025</time>, the council said in a statement on its website.</p></article></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("Castelló", StringComparison.Ordinal));
        Assert.Contains(page.Paragraphs, p => p.StartsWith("The first bus leaves on 1 May 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsALeadRenderedInTheHeaderOutsideTheBody()
    {
        var html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <main><div class="wrap"><header class="page-header"><h1>Night buses</h1>
            <div class="article-intro"><p>Three outer districts join the night bus network from May, the council decided after a long trial.</p></div></header>
            <div class="layout"><div class="column"><div class="text">{Body}</div></div></div></div>
            <div class="teaser-strip"><p class="intro">Another story about the harbour, its new ferries and the cost of the tickets next year.</p></div></main>
            </body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal("Three outer districts join the night bus network from May, the council decided after a long trial.", page.Paragraphs[0]);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("harbour", StringComparison.Ordinal));
    }

    [Fact]
    public void DropsLinkLinesAfterTheLastParagraphOnly()
    {
        var html = $"""
            <html><body><div class="post_content">
            <p>The figures come from the <a href="/report">council's annual transport report</a>, published on Monday evening.</p>
            {Body}
            <p>Also: <a href="/story/1">Ferry fares rise again</a>, a report from our harbour desk</p>
            </div></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Contains(page.Paragraphs, p => p.StartsWith("The figures come from", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("Ferry fares", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("post-author")]
    [InlineData("saboxplugin-wrap")]
    [InlineData("related_post")]
    public void DropsAnAuthorBioOrRelatedBoxInsideThePost(string boxClass)
    {
        var html = $"""
            <html><body><div class="post">{Body}
            <div class="{boxClass}"><p>Jane Doe writes about transport and housing for the paper, and lives in the northern estates.</p></div>
            </div></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Equal(3, page.Paragraphs.Count);
    }

    [Fact]
    public void JoinsRepeatedComponentsThatSplitTheStory()
    {
        var html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/city">City</a></nav><div class="page">
            <div class="frame frame-default"><div class="frame-inner"><p>Night buses reach the outer districts from May, after a trial year that carried many more passengers than the council expected.</p></div></div>
            <div class="frame frame-default"><div class="frame-inner">{Body}</div></div>
            <ul class="list"><li><a href="/ferries">Ferry timetables for the summer season</a></li><li><a href="/trams">Tram works on the ring road</a></li>
            <li><a href="/bikes">Bike rental stations in the old town</a></li><li><a href="/fares">Fares and passes for every zone</a></li>
            <li><a href="/night">Night lines and their stops near the hospital</a></li><li><a href="/works">Road works this week across the city</a></li></ul>
            </div></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.StartsWith("Night buses reach the outer districts", page.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(4, page.Paragraphs.Count);
    }

    [Fact]
    public void WidensFromABoxToTheAncestorMarkedAsTheArticleBody()
    {
        var box = string.Concat(Enumerable.Repeat(
            "<p>Buses will run every twenty minutes, between midnight and five, on all lines, in all districts, and the fares stay the same, the office said.</p>", 8));
        var html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/city">City</a></nav><div class="wrap"><div class="article-body">
            <h2>What changes in May for riders</h2><p>Night buses reach outer districts.</p>
            <div class="card"><div class="card-inner">{box}</div></div>
            </div></div></body></html>
            """;

        var page = Extractor.Extract(html);

        Assert.Contains("Night buses reach outer districts.", page.Paragraphs);
    }
}
