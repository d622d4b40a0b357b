using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Storyline.Ingest.Html;

/// <summary>
/// Extracts the main content and metadata of an HTML page: 1 parse once (AngleSharp), 2 read metadata, 3 walk the body
/// into text blocks skipping furniture, 4 score containers and pick the content, 5 filter its blocks, 6 fall back to
/// SmartReader when nothing usable was found. Never throws.
/// </summary>
public sealed class HtmlArticleExtractor
{
    // Pages over this size are truncated rather than parsed whole: real articles are far smaller, and a 50 MB blob is
    // a data dump or an attack. 8 M chars keeps the worst case around a second.
    private const int MaxHtmlLength = 8_000_000;

    // Below this many characters of kept text the scorer probably picked a wrong element; SmartReader gets a try.
    private const int FallbackBelowChars = 250;

    private const int MaxRemoved = 50;
    private const int MaxRemovedLength = 300;

    private readonly HtmlMetadataReader metadataReader;
    private readonly BlockWalker walker;
    private readonly ContentScorer scorer;
    private readonly BlockFilter filter;
    private readonly LeadFinder leads;
    private readonly SmartReaderBaseline fallback = new();

    public HtmlArticleExtractor()
        : this(HtmlResources.Cues, HtmlResources.Classes, TimeProvider.System)
    {
    }

    /// <summary>Builds an extractor with the given data (e.g. cues loaded from a folder) and clock (for the future-date check).</summary>
    public HtmlArticleExtractor(HtmlCues cues, HtmlClassSignals classes, TimeProvider clock)
    {
        metadataReader = new HtmlMetadataReader(new PublishedDateParser(clock));
        walker = new BlockWalker(new ElementPruner(classes));
        scorer = new ContentScorer(classes);
        filter = new BlockFilter(cues);
        leads = new LeadFinder(classes);
    }

    public HtmlPage Extract(string html, string? url = null)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return HtmlPage.Empty;
        }

        try
        {
            return ExtractUnsafe(html.Length > MaxHtmlLength ? html[..MaxHtmlLength] : html, url);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A parser or scorer bug on one hostile page must not stop a batch; that page yields no text.
            return HtmlPage.Empty;
        }
    }

    private HtmlPage ExtractUnsafe(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = metadataReader.Read(document, url);
        var page = new HtmlPage(metadata.Title, [], [])
        {
            Published = metadata.Published,
            Author = metadata.Author,
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
        };

        var body = document.Body ?? document.DocumentElement;
        if (body is null)
        {
            return page;
        }

        var (blocks, pruned, depth) = walker.Walk(body);
        var choice = scorer.Choose(blocks, body);
        var content = new List<(int Index, TextBlock Block)>();
        var removed = new List<(int Position, RemovedSpan Span)>();
        var neighbourhood = choice.Top.ParentElement;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsInside(block.Owner, choice.Roots, body))
            {
                content.Add((i, block));
            }
            else if (block.SoftElement is { } soft && neighbourhood is not null && soft.ParentElement == neighbourhood)
            {
                // Furniture right beside the content (a share bar between headline and body) is reported too.
                removed.Add((i, new RemovedSpan(Shorten(block.Text), block.SoftReason!)));
            }
        }

        if (content.Count > 0)
        {
            // A standfirst rendered in the page header, outside the winner, is part of the story.
            content.InsertRange(0, leads.Find(blocks, content[0].Index, choice.Top, body).Select(i => (i, blocks[i])));
        }

        var verdicts = filter.JudgeAll([.. content.Select(c => c.Block)], metadata.Title, b => choice.IsSoftFurniture(b) ? b.SoftReason : null);
        var paragraphs = new List<string>();
        var keptChars = 0;
        for (var i = 0; i < content.Count; i++)
        {
            var (index, block) = content[i];
            if (verdicts[i] is not { } verdict)
            {
                paragraphs.Add(block.Text);
                keptChars += block.Text.Length;
            }
            else if (verdict != BlockVerdict.Title)
            {
                removed.Add((index, new RemovedSpan(Shorten(block.Text), verdict)));
            }
        }

        AddPruned(removed, pruned, choice, body);
        if (keptChars < FallbackBelowChars && depth < BlockWalker.MaxDepth / 2)
        {
            // Last use of the document: SmartReader rewrites it in place.
            var alternative = fallback.ExtractParagraphs(document);
            if (alternative.Sum(p => p.Length) > keptChars)
            {
                paragraphs = [.. alternative.Where(p => !string.Equals(p, metadata.Title, StringComparison.OrdinalIgnoreCase))];
            }
        }

        return page with
        {
            Paragraphs = paragraphs,
            Removed = [.. removed.OrderBy(r => r.Position).Take(MaxRemoved).Select(r => r.Span)],
        };
    }

    /// <summary>Records furniture inside the content or beside it (same parent), not the whole site chrome.</summary>
    private static void AddPruned(List<(int, RemovedSpan)> removed, List<PrunedElement> pruned, ContentChoice choice, IElement body)
    {
        var neighbourhood = choice.Top.ParentElement;
        foreach (var item in pruned)
        {
            if (removed.Count >= MaxRemoved * 2)
            {
                break;
            }

            var near = IsInside(item.Element, choice.Roots, body) || (neighbourhood is not null && item.Element.ParentElement == neighbourhood);
            if (!near)
            {
                continue;
            }

            var text = HtmlText.Collapse(item.Element.TextContent);
            if (text.Length > 0)
            {
                removed.Add((item.Position, new RemovedSpan(Shorten(text), item.Reason)));
            }
        }
    }

    private static bool IsInside(IElement element, IReadOnlyList<IElement> roots, IElement body)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            foreach (var root in roots)
            {
                if (current == root)
                {
                    return true;
                }
            }

            if (current == body)
            {
                return false;
            }
        }

        return false;
    }

    private static string Shorten(string text) => text.Length <= MaxRemovedLength ? text : text[..MaxRemovedLength] + "…";
}
