using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>Reads title, date, author, canonical URL, site name and language from meta tags, JSON-LD, links and byline markup.</summary>
internal sealed class HtmlMetadataReader(PublishedDateParser dates)
{
    // Checked in this order; the first plausible date wins. Open Graph and JSON-LD are what CMSs fill most reliably.
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
        "article.published", "date.available", "originalpublicationdate",
    ];

    private const int MaxAuthorLength = 100;

    public PageMetadata Read(IDocument document, string? url)
    {
        var metas = ReadMetaTags(document);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type]")
            .Where(s => s.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent));

        var siteName = First(Meta(metas, "og:site_name"), jsonLd.Publisher, Meta(metas, "application-name"));
        var title = First(
            Headline(document, siteName),
            TitleCleaner.Clean(Meta(metas, "og:title"), siteName),
            TitleCleaner.Clean(jsonLd.Headline, siteName),
            HtmlText.Collapse(document.QuerySelector("h1")?.TextContent) is { Length: > 0 and < 300 } h1 ? h1 : null,
            TitleCleaner.Clean(document.QuerySelector("title")?.TextContent, siteName),
            TitleCleaner.Clean(Meta(metas, "twitter:title"), siteName));

        return new PageMetadata(
            title,
            ReadDate(document, metas, jsonLd),
            First(Author(Meta(metas, "author")), Author(jsonLd.Author), Author(Meta(metas, "article:author")), BylineAuthor(document)),
            Canonical(document, metas, url),
            siteName,
            Language(First(document.DocumentElement?.GetAttribute("lang"), Meta(metas, "og:locale"), Meta(metas, "content-language"),
                jsonLd.Language, document.DocumentElement?.GetAttribute("xml:lang"))));
    }

    // The one <h1> of a page is the headline readers see; og:title and <title> are often a shorter social or SEO variant.
    // A lone <h1> that is the site's name (a logo) or a one- or two-word label does not count.
    private static string? Headline(IDocument document, string? siteName)
    {
        var headings = document.QuerySelectorAll("h1");
        if (headings.Length != 1 || HtmlText.Collapse(headings[0].TextContent) is not { Length: > 0 and < 300 } text)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 3 && !string.Equals(text, siteName, StringComparison.OrdinalIgnoreCase) ? text : null;
    }

    private static Dictionary<string, string> ReadMetaTags(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var value = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(value))
            {
                metas.TryAdd(key.Trim(), value);
            }
        }

        return metas;
    }

    private DateTimeOffset? ReadDate(IDocument document, Dictionary<string, string> metas, JsonLdMetadata jsonLd)
    {
        if (dates.Parse(Meta(metas, "article:published_time")) is { } og)
        {
            return og;
        }

        if (dates.Parse(jsonLd.DatePublished) is { } ld)
        {
            return ld;
        }

        foreach (var key in DateKeys)
        {
            if (dates.Parse(Meta(metas, key)) is { } date)
            {
                return date;
            }
        }

        // <time pubdate> and itemprop=datePublished name the article's date; any other <time> may be a comment's.
        var marked = document.QuerySelector("time[pubdate], [itemprop=datePublished]");
        if (dates.Parse(marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content") ?? marked?.TextContent) is { } pub)
        {
            return pub;
        }

        return dates.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static string? BylineAuthor(IDocument document)
    {
        var element = document.QuerySelector("a[rel=author], [itemprop=author], .byline, .author, .byline-author");
        var name = element?.QuerySelector("[itemprop=name]")?.TextContent ?? element?.TextContent;
        return Author(name);
    }

    private static string? Author(string? value)
    {
        var text = HtmlText.Collapse(value);
        if (text.Length is 0 or > MaxAuthorLength || text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        return text;
    }

    private static string? Canonical(IDocument document, Dictionary<string, string> metas, string? url)
    {
        var href = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href))
        {
            href = Meta(metas, "og:url")?.Trim();
        }

        if (string.IsNullOrEmpty(href))
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }

        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var resolved)
            ? resolved.ToString()
            : null;
    }

    /// <summary>The primary subtag, lowercased: "fr-FR", "fr_FR" and "FR" all give "fr".</summary>
    private static string? Language(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_', ',', ';', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Meta(Dictionary<string, string> metas, string key)
        => metas.TryGetValue(key, out var value) ? value : null;

    private static string? First(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
