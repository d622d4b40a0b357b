using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// Picks the element that holds the main text, Readability-style: every paragraph-like block scores its ancestors
/// (commas and length), scores shrink with link density, and siblings that score close to the winner join it.
/// </summary>
internal sealed class ContentScorer(HtmlClassSignals classes)
{
    // From Readability (Mozilla, Apache-2.0): blocks under 25 characters do not vote; length adds one point per 100
    // characters up to three; ancestors receive the score divided by 1, 2, then 3 x level, up to five levels up.
    private const int MinVotingLength = 25;
    private const int AncestorLevels = 5;
    private const double SiblingShare = 0.2;

    // Blocks under a weak furniture signal still vote, at this weight: enough for a theme that wraps the whole article
    // in "widget" classes to win, too little for a text-heavy sidebar to beat a plain article.
    private const double SoftVote = 0.3;

    // A weakly marked element holding this share of the winner's text is part of the article (a wrapper), not a box in it.
    private const double ContentShare = 0.3;

    // The climb to a parent goes on while at least this share of the text it adds is prose (see Climb).
    private const double ClimbProseShare = 0.5;
    private const int MinProseLength = 40;

    // The widening to an enclosing <article> stops when half of what it adds is link text (Readability's link-list line).
    private const double MaxArticleAddedLinkShare = 0.5;
    private const double MaxProseLinkDensity = 0.3;

    // How far above the winner a body-marked ancestor is looked for: card > card-wrapper > feature > section > column > body.
    private const int BodyLevels = 6;

    public ContentChoice Choose(IReadOnlyList<TextBlock> blocks, IElement root)
    {
        var scores = new Dictionary<IElement, double>();
        var totals = new Dictionary<IElement, TextTotals>();
        foreach (var block in blocks)
        {
            var prose = IsProse(block);
            for (var element = block.Owner; element is not null; element = element.ParentElement)
            {
                totals[element] = totals.GetValueOrDefault(element).Add(block, prose);
                if (element == root)
                {
                    break;
                }
            }

            if (block.Text.Length < MinVotingLength || block.Kind == BlockKind.Heading || block.LinkDensity > 0.5)
            {
                continue;
            }

            var vote = (1.0 + Commas(block.Text) + Math.Min(block.Text.Length / 100, 3)) * (block.SoftReason is null ? 1 : SoftVote);
            var level = 0;
            for (var ancestor = block.Kind == BlockKind.Other ? block.Owner : block.Owner.ParentElement;
                 ancestor is not null && level < AncestorLevels;
                 ancestor = ancestor.ParentElement, level++)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (ancestor == root)
                {
                    break;
                }
            }
        }

        if (scores.Count == 0)
        {
            return new ContentChoice(root, [root], new HashSet<IElement>());
        }

        IElement? top = null;
        var topScore = double.MinValue;
        var final = new Dictionary<IElement, double>(scores.Count);
        foreach (var (element, score) in scores)
        {
            var value = score * (1 - totals.GetValueOrDefault(element).LinkDensity);
            final[element] = value;
            if (value > topScore)
            {
                top = element;
                topScore = value;
            }
        }

        top = Climb(top!, root, totals);
        top = WidenToArticle(top, root, totals);
        top = WidenToBody(top, root, totals);
        var roots = Siblings(top, topScore, final, totals);
        SiblingSections.AddTo(roots, top, root, totals);
        return new ContentChoice(top, roots, ContentSoftElements(blocks, top, totals));
    }

    /// <summary>
    /// Widens the winner to its parent while what the parent adds is mostly prose: CMS grids split one article into
    /// sibling boxes (lead, body, quote box), and only one of them wins the vote. Sidebars and teasers add link lists,
    /// short lines and marked furniture, which stops the climb.
    /// </summary>
    private static IElement Climb(IElement top, IElement root, Dictionary<IElement, TextTotals> totals)
    {
        var current = top;
        var own = totals.GetValueOrDefault(current);
        while (current != root && current.ParentElement is { } parent)
        {
            var wider = totals.GetValueOrDefault(parent);
            var addedChars = wider.Chars - own.Chars;
            var addedProse = wider.ProseChars - own.ProseChars;
            if (addedChars > 0 && addedProse < addedChars * ClimbProseShare)
            {
                break;
            }

            current = parent;
            own = wider;
        }

        return current;
    }

    /// <summary>
    /// Widens the winner to the enclosing &lt;article&gt; (or itemprop=articleBody): the author marked that element as the
    /// story, and the lead, deck and subheads beside the winning text block belong to it. Some CMSs build the story from
    /// nested &lt;article&gt; components, so the outermost one is the story. An article that adds mostly links is a
    /// listing page's wrapper, not a story, and stops the widening.
    /// </summary>
    private static IElement WidenToArticle(IElement top, IElement root, Dictionary<IElement, TextTotals> totals)
    {
        var widest = top;
        var own = totals.GetValueOrDefault(top);
        for (var current = top; current is not null && current != root; current = current.ParentElement)
        {
            if (!IsArticleElement(current))
            {
                continue;
            }

            var wider = totals.GetValueOrDefault(current);
            var addedChars = wider.Chars - own.Chars;
            var addedLinks = wider.LinkChars - own.LinkChars;
            if (addedChars > 0 && addedLinks >= addedChars * MaxArticleAddedLinkShare)
            {
                break;
            }

            widest = current;
            own = wider;
        }

        return widest;
    }

    /// <summary>
    /// Widens the winner to a near ancestor whose class names it the article body ("entry-content", "article-body"): a
    /// box inside the body (a fact box, a key-points card) can outvote the running text when that text is split into many
    /// small paragraphs. Stops when what the ancestor adds is mostly links.
    /// </summary>
    private IElement WidenToBody(IElement top, IElement root, Dictionary<IElement, TextTotals> totals)
    {
        var own = totals.GetValueOrDefault(top);
        var current = top;
        for (var level = 0; level < BodyLevels && current != root && current.ParentElement is { } parent; level++)
        {
            current = parent;
            if (current == root || !classes.Read(current).Body)
            {
                continue;
            }

            var wider = totals.GetValueOrDefault(current);
            var addedChars = wider.Chars - own.Chars;
            var addedLinks = wider.LinkChars - own.LinkChars;
            return addedChars > 0 && addedLinks >= addedChars * MaxArticleAddedLinkShare ? top : current;
        }

        return top;
    }

    private static bool IsArticleElement(IElement element)
        => element.LocalName == "article"
            || (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase));

    private static bool IsProse(TextBlock block)
        => block.Text.Length >= MinProseLength && block.LinkDensity < MaxProseLinkDensity && block.SoftReason is null && block.Kind != BlockKind.Heading;

    /// <summary>Weakly marked elements inside the winner that carry a large share of its text: the theme's wrappers.</summary>
    private static HashSet<IElement> ContentSoftElements(
        IReadOnlyList<TextBlock> blocks, IElement top, Dictionary<IElement, TextTotals> totals)
    {
        var content = new HashSet<IElement>();
        var checkedElements = new HashSet<IElement>();
        var topChars = Math.Max(1, totals.GetValueOrDefault(top).Chars);
        foreach (var block in blocks)
        {
            if (block.SoftElement is not { } soft || !checkedElements.Add(soft) || soft.Contains(top))
            {
                continue;
            }

            var softText = totals.GetValueOrDefault(soft);
            if (softText.Chars >= topChars * ContentShare && softText.LinkDensity < 0.5)
            {
                content.Add(soft);
            }
        }

        return content;
    }

    private static List<IElement> Siblings(
        IElement top, double topScore, Dictionary<IElement, double> final, Dictionary<IElement, TextTotals> totals)
    {
        var roots = new List<IElement>();
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * SiblingShare);
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            var score = final.GetValueOrDefault(sibling);
            if (score >= threshold)
            {
                roots.Add(sibling);
                continue;
            }

            // A lone paragraph next to the content (a lead, a last line) joins when it reads like prose.
            var text = totals.GetValueOrDefault(sibling);
            if (sibling.LocalName == "p" && text.Chars > 80 && text.LinkDensity < 0.25)
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "th" => -5,
            _ => 0,
        };
        var signal = classes.Read(element);
        if (signal.Reason is not null)
        {
            score -= 25;
        }
        else if (signal.Content)
        {
            score += 25;
        }

        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += 25;
        }

        return score;
    }

    private static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is ',' or '،' or '，' or '、' ? 1 : 0;
        }

        return count;
    }
}
