using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using SmartArticle = SmartReader.Article;

namespace Storyline.Ingest.Html;

/// <summary>
/// SmartReader 0.11.1 used alone, as the off-the-shelf baseline of the boilerplate benchmark and as the fallback of
/// <see cref="HtmlArticleExtractor"/> when its own scoring finds no text. Never throws; returns no paragraphs on failure.
/// </summary>
public sealed class SmartReaderBaseline
{
    // SmartReader reads a date from the URL path and crashes on impossible ones such as "/2019/43/"; the URL only serves
    // it for resolving links, so a neutral address loses nothing the extraction needs.
    private const string NeutralUrl = "https://localhost/";

    // The default (500) rejects short news items outright; 2 paragraphs of 100 characters are still an article.
    private const int CharThreshold = 100;

    private readonly ElementPruner pruner = new(HtmlResources.Classes);

    /// <summary>The article text as SmartReader gives it (its <c>TextContent</c>), or an empty string.</summary>
    public string ExtractText(string html)
    {
        var article = Run(html);
        return article?.TextContent ?? string.Empty;
    }

    /// <summary>The article as paragraphs, cut at SmartReader's block boundaries.</summary>
    public IReadOnlyList<string> ExtractParagraphs(string html) => Paragraphs(Run(html));

    /// <summary>
    /// The article of a document that is already parsed, as paragraphs; SmartReader rewrites the document, so the caller
    /// must be done with it. Saves the second parse, which costs more than SmartReader's own scoring on real pages.
    /// </summary>
    internal IReadOnlyList<string> ExtractParagraphs(IHtmlDocument document)
    {
        try
        {
            using var reader = new Reader(NeutralUrl, document) { CharThreshold = CharThreshold };
            return Paragraphs(Usable(reader.GetArticle()));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [];
        }
    }

    private IReadOnlyList<string> Paragraphs(SmartArticle? article)
    {
        if (string.IsNullOrWhiteSpace(article?.Content))
        {
            return [];
        }

        try
        {
            var document = new HtmlParser().ParseDocument(article.Content);
            if (document.Body is null)
            {
                return [];
            }

            var (blocks, _, _) = new BlockWalker(pruner).Walk(document.Body);
            return [.. blocks.Select(b => b.Text)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [];
        }
    }

    private static SmartArticle? Usable(SmartArticle article)
        => article.IsReadable || !string.IsNullOrEmpty(article.Content) ? article : null;

    private static SmartArticle? Run(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        try
        {
            using var reader = new Reader(NeutralUrl, html) { CharThreshold = CharThreshold };
            return Usable(reader.GetArticle());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // SmartReader throws on inputs it cannot handle (dates, malformed URIs, deep trees); no text is the honest answer.
            return null;
        }
    }
}
