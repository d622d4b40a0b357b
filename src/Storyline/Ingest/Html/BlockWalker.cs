using System.Text;
using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// Walks a DOM once and cuts its visible text into blocks at block-level element boundaries, skipping (and recording)
/// the elements the <see cref="ElementPruner"/> calls furniture.
/// </summary>
internal sealed class BlockWalker(ElementPruner pruner)
{
    // Browsers stop nesting at a few hundred levels too; deeper trees are malformed or hostile and would exhaust the stack.
    public const int MaxDepth = 400;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend",
        "html", "frameset", "frame", "noframes",
    };

    public (List<TextBlock> Blocks, List<PrunedElement> Pruned, int MaxDepthSeen) Walk(IElement root)
    {
        var state = new State();
        state.Owners.Push(root);
        Visit(root, state, 0);
        Flush(state);
        return (state.Blocks, state.Pruned, state.MaxDepthSeen);
    }

    public static BlockKind KindOf(string tag) => tag switch
    {
        "p" => BlockKind.Paragraph,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "td" or "th" => BlockKind.Cell,
        "pre" => BlockKind.Preformatted,
        _ => BlockKind.Other,
    };

    private void Visit(INode node, State state, int depth)
    {
        state.MaxDepthSeen = Math.Max(state.MaxDepthSeen, depth);
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == NodeType.Text)
            {
                state.Append(child.TextContent);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            var reason = pruner.Reason(element, state.ArticleDepth > 0, out var soft);
            if (reason is not null && !soft)
            {
                if (reason.Length > 0)
                {
                    Flush(state);
                    state.Pruned.Add(new PrunedElement(element, reason, state.Blocks.Count));
                }

                continue;
            }

            if (tag == "br")
            {
                state.AppendSpace();
                continue;
            }

            if (depth >= MaxDepth)
            {
                continue;
            }

            var isBlock = BlockTags.Contains(tag);
            var isLink = tag == "a";
            var isArticle = tag is "article" or "main" || element.GetAttribute("itemprop") is { } itemprop
                && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase);
            if (isBlock)
            {
                Flush(state);
                state.Owners.Push(element);
            }
            else
            {
                state.AppendSoftBreak(tag);
            }

            if (soft)
            {
                Flush(state);
                state.Soft.Push((element, reason!));
            }

            state.LinkDepth += isLink ? 1 : 0;
            state.ArticleDepth += isArticle ? 1 : 0;
            Visit(element, state, depth + 1);
            state.LinkDepth -= isLink ? 1 : 0;
            state.ArticleDepth -= isArticle ? 1 : 0;
            if (soft)
            {
                Flush(state);
                state.Soft.Pop();
            }
            if (isBlock)
            {
                Flush(state);
                state.Owners.Pop();
            }
        }
    }

    private static void Flush(State state)
    {
        if (state.Text.Length > 0)
        {
            var length = state.Text.Length;
            if (state.Text[length - 1] == ' ')
            {
                state.Text.Length = --length;
            }

            if (length > 0)
            {
                var owner = state.Owners.Peek();
                var block = new TextBlock(state.Text.ToString(), Math.Min(state.LinkChars, length), owner, KindOf(owner.LocalName));
                if (state.Soft.Count > 0)
                {
                    var (element, reason) = state.Soft.Peek();
                    block = block with { SoftElement = element, SoftReason = reason };
                }

                state.Blocks.Add(block);
            }
        }

        state.Text.Clear();
        state.LinkChars = 0;
        state.PendingSpace = false;
    }

    private sealed class State
    {
        public List<TextBlock> Blocks { get; } = [];

        public List<PrunedElement> Pruned { get; } = [];

        public Stack<IElement> Owners { get; } = new();

        public Stack<(IElement Element, string Reason)> Soft { get; } = new();

        public StringBuilder Text { get; } = new();

        public int LinkChars { get; set; }

        public int LinkDepth { get; set; }

        public int ArticleDepth { get; set; }

        public int MaxDepthSeen { get; set; }

        public bool PendingSpace { get; set; }

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    PendingSpace = Text.Length > 0;
                    continue;
                }

                if (HtmlText.IsInvisible(c))
                {
                    continue;
                }

                if (PendingSpace)
                {
                    Text.Append(' ');
                    PendingSpace = false;
                    LinkChars += LinkDepth > 0 ? 1 : 0;
                }

                Text.Append(c);
                LinkChars += LinkDepth > 0 ? 1 : 0;
            }
        }

        public void AppendSpace() => PendingSpace = Text.Length > 0;

        public void AppendSoftBreak(string tag)
        {
            // Inline elements join their neighbours without a space, as a browser renders them: <b>, <i>, <a>, <span> sit
            // inside words often enough. Only the few that CMSs lay out apart by CSS get one.
            if (tag is "label" or "cite" or "time")
            {
                AppendSpace();
            }
        }
    }
}
