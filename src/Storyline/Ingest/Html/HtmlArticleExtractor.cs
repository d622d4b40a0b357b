using AngleSharp.Html.Parser;

namespace Storyline.Ingest.Html;

/// <summary>Interim extractor (block text of the body); replaced by the measured one.</summary>
public sealed class HtmlArticleExtractor
{
    public HtmlPage Extract(string html, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, nav, header, footer, aside, noscript").ToList())
        {
            junk.Remove();
        }

        var blocks = document.QuerySelectorAll("p, h2, h3, li, blockquote")
            .Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .ToList();
        return new HtmlPage(document.Title, blocks, []);
    }
}
