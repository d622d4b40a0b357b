using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Storyline.Ingest.Html;

/// <summary>
/// Turns an HTML fragment that is already an article body (a feed item's content, a JSON record's html) into paragraphs:
/// one per block element, bare text between blocks kept too. No main-content search: there is no site chrome to drop,
/// and what boilerplate the body holds ("Lire aussi", a share line) is for the boilerplate stage.
/// </summary>
public static class HtmlFragmentText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "table", "tr", "figure", "figcaption", "header", "footer", "aside", "nav", "dl", "dt", "dd", "br", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "iframe", "svg" };

    public static IReadOnlyList<string> Paragraphs(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body!, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (child is not IElement element || Skipped.Contains(element.LocalName))
            {
                continue;
            }

            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                Flush(current, paragraphs);
            }

            Walk(element, current, paragraphs);
            if (block)
            {
                Flush(current, paragraphs);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        current.Clear();
    }
}
