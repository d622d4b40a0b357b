using System.Globalization;
using System.Net;
using System.Text;

namespace Storyline.Throughput.Corpus;

/// <summary>
/// Renders a generated article as a full news page of 30-80 KB, the size of real ones: meta and Open Graph tags,
/// inline CSS and scripts, JSON-LD, a cookie banner, a header with a mega menu of 50+ links, the article in
/// <c>&lt;article&gt;</c> or a content <c>&lt;div&gt;</c>, a sidebar, related-article cards and a link-heavy footer.
/// </summary>
/// <remarks>
/// The article text is 2-6 KB of the page, as on real sites (the trafilatura eval pages average ~146 KB with
/// ~4 KB of text): extraction cost is dominated by parsing the chrome, so the chrome has to be there.
/// </remarks>
public sealed class HtmlPageRenderer(int seed = 7)
{
    private const int MinBytes = 30 * 1024;
    private const int MaxBytes = 80 * 1024;

    private readonly Random random = new(seed);

    public string Render(GeneratedArticle article, LanguageVocabulary v)
    {
        var target = random.Next(MinBytes, MaxBytes + 1);
        var page = new StringBuilder(target + 8 * 1024);
        var title = Encode(article.Title);
        var description = Encode(article.Paragraphs[0][..Math.Min(150, article.Paragraphs[0].Length)]);
        var published = article.Published.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{article.Language}" class="no-js">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} | {Encode(article.SiteName)}</title>
            <meta name="description" content="{description}">
            <meta name="author" content="{Encode(article.Author)}">
            <meta property="og:type" content="article">
            <meta property="og:title" content="{title}">
            <meta property="og:description" content="{description}">
            <meta property="og:url" content="{article.Url}">
            <meta property="og:site_name" content="{Encode(article.SiteName)}">
            <meta property="og:image" content="https://static.example/img/{article.Number}/1200x630.jpg">
            <meta property="article:published_time" content="{published}">
            <meta name="twitter:card" content="summary_large_image">
            <link rel="canonical" href="{article.Url}">
            <link rel="preconnect" href="https://static.example">
            <link rel="stylesheet" href="https://static.example/css/main.4f9a2c.css">

            """);
        AppendStyles(page);
        page.Append(CultureInfo.InvariantCulture, $$$"""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{{JsonText(article.Title)}}}","datePublished":"{{{published}}}","dateModified":"{{{published}}}","author":[{"@type":"Person","name":"{{{JsonText(article.Author)}}}"}],"publisher":{"@type":"Organization","name":"{{{JsonText(article.SiteName)}}}","logo":{"@type":"ImageObject","url":"https://static.example/logo.png"}},"inLanguage":"{{{article.Language}}}","mainEntityOfPage":"{{{article.Url}}}"}</script>

            """);
        AppendTrackingScript(page, article);
        page.Append("</head>\n<body class=\"page page--article\">\n");
        page.Append(CultureInfo.InvariantCulture, $"""
            <div id="cookie-consent" class="consent" role="dialog" aria-live="polite"><p>{Encode(v.Cookie)}</p>
            <button class="consent__accept">{Encode(v.Accept)}</button><button class="consent__settings">⚙</button></div>

            """);
        AppendHeader(page, article, v);

        // Half the pages use <article>, half a content <div>, as sites do; extractors must find both.
        var semantic = random.Next(2) == 0;
        page.Append("<main id=\"main\" class=\"layout\">\n<div class=\"layout__content\">\n");
        page.Append(semantic ? "<article class=\"article\">\n" : "<div class=\"story-content\" itemprop=\"articleBody\">\n");
        page.Append(CultureInfo.InvariantCulture, $"""
            <h1 class="article__title">{title}</h1>
            <div class="article__meta"><span class="byline">{Encode(article.Author)}</span> · <time datetime="{published}">{article.Dateline}</time></div>
            <figure class="article__image"><img src="https://static.example/img/{article.Number}/800.jpg" srcset="https://static.example/img/{article.Number}/400.jpg 400w, https://static.example/img/{article.Number}/800.jpg 800w, https://static.example/img/{article.Number}/1600.jpg 1600w" sizes="(max-width: 800px) 100vw, 800px" alt="" loading="eager"><figcaption>{Encode(article.SiteName)}</figcaption></figure>
            <div class="article__body">

            """);
        foreach (var block in article.ReadingOrder())
        {
            page.Append("<p>").Append(Encode(block)).Append("</p>\n");
        }

        page.Append("</div>\n<div class=\"share-bar\">");
        foreach (var network in (string[])["facebook", "x", "linkedin", "whatsapp", "email"])
        {
            page.Append(CultureInfo.InvariantCulture, $"<a class=\"share share--{network}\" href=\"https://share.example/{network}?u={WebUtility.UrlEncode(article.Url)}\" rel=\"nofollow\"><svg width=\"20\" height=\"20\"><use href=\"#icon-{network}\"></use></svg></a>");
        }

        page.Append("</div>\n");
        page.Append(semantic ? "</article>\n" : "</div>\n");
        page.Append("</div>\n");
        AppendSidebar(page, article, v);
        page.Append("</main>\n");

        // Related cards fill the page up to its target size, leaving room for the footer (~6-9 KB).
        page.Append("<section class=\"related\"><h2>").Append(Encode(v.ReadMore.TrimEnd(' ', ':'))).Append("</h2>\n<div class=\"teaser-grid\">\n");
        var card = 0;
        while (page.Length < target - 9 * 1024)
        {
            AppendTeaser(page, article, v, card++);
        }

        page.Append("</div>\n</section>\n");
        AppendFooter(page, v);
        page.Append("<script>window.__APP__={article:").Append(article.Number.ToString(CultureInfo.InvariantCulture))
            .Append(",lazy:true};(function(){var l=document.querySelectorAll('img[loading=lazy]');for(var i=0;i<l.length;i++){l[i].decoding='async';}})();</script>\n")
            .Append("<script src=\"https://static.example/js/app.81c2e0.js\" defer></script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private void AppendStyles(StringBuilder page)
    {
        // Real pages inline critical CSS (4-20 KB); the selectors follow the BEM naming most news themes use.
        string[] blocks = ["site-header", "main-nav", "article", "teaser", "sidebar", "footer", "consent", "share-bar", "breadcrumb", "newsletter"];
        string[] elements = ["", "__title", "__link", "__item", "__image", "__meta", "__list", "__button", "__label", "__icon"];
        page.Append("<style>\n");
        var rules = random.Next(60, 200);
        for (var i = 0; i < rules; i++)
        {
            var selector = "." + blocks[random.Next(blocks.Length)] + elements[random.Next(elements.Length)];
            page.Append(CultureInfo.InvariantCulture, $"{selector}{{margin:{random.Next(0, 24)}px {random.Next(0, 24)}px;padding:{random.Next(0, 16)}px;font-size:{random.Next(12, 32)}px;line-height:1.{random.Next(2, 7)};color:#{random.Next(0x1000000):x6}}}\n");
        }

        page.Append("@media (max-width:768px){.main-nav{display:none}.layout{display:block}.sidebar{display:none}}\n</style>\n");
    }

    private void AppendTrackingScript(StringBuilder page, GeneratedArticle article)
    {
        page.Append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:'article',section:'news',articleId:'")
            .Append(article.Number.ToString(CultureInfo.InvariantCulture)).Append("',lang:'").Append(article.Language).Append("'});\nvar adSlots=[");
        var slots = random.Next(20, 80);
        for (var i = 0; i < slots; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"{{id:'ad-slot-{i}',sizes:[[300,250],[728,90],[320,{random.Next(50, 100)}]],targeting:{{pos:'{i}',kw:'k{random.Next(9999)}'}}}},");
        }

        page.Append("];\n(function(w,d){var s=d.createElement('script');s.async=true;s.src='https://tags.example/gtm.js?id=GTM-'+w.dataLayer.length;d.head.appendChild(s);})(window,document);\n</script>\n");
    }

    private void AppendHeader(StringBuilder page, GeneratedArticle article, LanguageVocabulary v)
    {
        var host = new Uri(article.Url).Host;
        page.Append(CultureInfo.InvariantCulture, $"""
            <header class="site-header"><a class="site-header__logo" href="https://{host}/">{Encode(article.SiteName)}</a>
            <form class="site-header__search" action="/search"><input type="search" name="q" aria-label="search"><button>🔍</button></form>
            <nav class="main-nav" aria-label="main"><ul class="main-nav__list">

            """);

        // A mega menu: every section with 4-9 sub-links, so 50-120 links as on real news sites.
        foreach (var section in v.Sections)
        {
            var slug = Slug(section);
            page.Append(CultureInfo.InvariantCulture, $"<li class=\"main-nav__item\"><a class=\"main-nav__link\" href=\"https://{host}/{slug}/\">{Encode(section)}</a><ul class=\"main-nav__sub\">");
            var subs = random.Next(4, 10);
            for (var i = 0; i < subs; i++)
            {
                var sub = i % 2 == 0 ? v.Cities[random.Next(v.Cities.Count)] : v.Sections[random.Next(v.Sections.Count)];
                page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"https://{host}/{slug}/{Slug(sub)}/\">{Encode(sub)}</a></li>");
            }

            page.Append("</ul></li>\n");
        }

        page.Append("</ul></nav>\n</header>\n<nav class=\"breadcrumb\"><a href=\"/\">")
            .Append(Encode(article.SiteName)).Append("</a> › <a href=\"/").Append(Slug(v.Sections[0])).Append("/\">")
            .Append(Encode(v.Sections[0])).Append("</a></nav>\n");
    }

    private void AppendSidebar(StringBuilder page, GeneratedArticle article, LanguageVocabulary v)
    {
        page.Append("<aside class=\"sidebar\"><div class=\"ad\" id=\"ad-slot-0\"></div><h3>").Append(Encode(v.MostRead)).Append("</h3><ol class=\"most-read\">");
        foreach (var headline in article.RelatedHeadlines)
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{Slug(headline)}-{random.Next(100000)}\">{Encode(headline)}</a></li>");
        }

        page.Append("</ol><form class=\"newsletter\"><label>Newsletter</label><input type=\"email\" name=\"email\"><button>OK</button></form></aside>\n");
    }

    private void AppendTeaser(StringBuilder page, GeneratedArticle article, LanguageVocabulary v, int card)
    {
        var headline = article.RelatedHeadlines[card % article.RelatedHeadlines.Count];
        var id = random.Next(1_000_000);
        var summary = article.Paragraphs[card % article.Paragraphs.Count];
        page.Append(CultureInfo.InvariantCulture, $"""
            <div class="teaser"><a class="teaser__link" href="/{Slug(headline)}-{id}"><img class="teaser__image" src="https://static.example/img/{id}/320.jpg" srcset="https://static.example/img/{id}/320.jpg 320w, https://static.example/img/{id}/640.jpg 640w" sizes="320px" alt="" loading="lazy" width="320" height="180"><span class="teaser__kicker">{Encode(v.Sections[card % v.Sections.Count])}</span><h3 class="teaser__title">{Encode(headline)}</h3></a><p class="teaser__summary">{Encode(summary[..Math.Min(160, summary.Length)])}…</p></div>

            """);
    }

    private void AppendFooter(StringBuilder page, LanguageVocabulary v)
    {
        page.Append("<footer class=\"footer\"><div class=\"footer__columns\">");
        foreach (var section in v.Sections)
        {
            page.Append("<ul class=\"footer__list\"><li class=\"footer__label\">").Append(Encode(section)).Append("</li>");
            for (var i = 0; i < 4; i++)
            {
                var city = v.Cities[(i * 3 + section.Length) % v.Cities.Count];
                page.Append(CultureInfo.InvariantCulture, $"<li><a class=\"footer__link\" href=\"/{Slug(section)}/{Slug(city)}/\">{Encode(city)}</a></li>");
            }

            page.Append("</ul>");
        }

        page.Append("</div><p class=\"footer__legal\"><a href=\"/legal\">Impressum · Legal</a> · <a href=\"/privacy\">Privacy</a> · <a href=\"/cookies\">Cookies</a> · © ")
            .Append(Encode(v.Sites[0])).Append("</p>\n<svg style=\"display:none\">");
        foreach (var icon in (string[])["facebook", "x", "linkedin", "whatsapp", "email"])
        {
            page.Append("<symbol id=\"icon-").Append(icon).Append("\" viewBox=\"0 0 24 24\"><path d=\"M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2zm0 18c-4.4 0-8-3.6-8-8s3.6-8 8-8 8 3.6 8 8-3.6 8-8 8z\"/></symbol>");
        }

        page.Append("</svg></footer>\n");
    }

    // Only the four markup characters: WebUtility.HtmlEncode would also turn every é into &#233;, which modern UTF-8 pages do not do.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string JsonText(string text) => System.Text.Json.JsonEncodedText.Encode(text).ToString();

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
