namespace Storyline.Ingest.Html;

/// <summary>Judges the blocks inside the chosen content: teaser lines, share rows and link lists are dropped with a reason.</summary>
internal sealed class BlockFilter(HtmlCues cues)
{
    // Above this share of link text a block is a list of links (related articles, tags, a menu that escaped the pruner),
    // not prose; Readability and jusText both use 0.5 as their line between content and navigation.
    private const double MaxLinkDensity = 0.5;

    // After a "Related articles" or "Comments" label, the short lines that follow are its list, not article text; a
    // long prose paragraph or a new heading ends the list.
    private const int ListEndsAtProseLength = 150;
    private const int MaxLabelLength = 80;

    // A paragraph of 100 characters with under 30% links is story text; after the last one, 30% links is a link line.
    private const int TailProseLength = 100;
    private const double MaxTailLinkDensity = 0.3;

    private static readonly HashSet<string> ListLabels = new(StringComparer.Ordinal) { "related", "comments", "newsletter", "share" };

    /// <summary>
    /// Verdicts for the content blocks in reading order: null to keep, or the reason to drop. <paramref name="preset"/>
    /// gives verdicts decided elsewhere (weakly marked furniture); they also count as a label when short.
    /// </summary>
    public List<string?> JudgeAll(IReadOnlyList<TextBlock> blocks, string? title, Func<TextBlock, string?> preset)
    {
        var verdicts = new List<string?>(blocks.Count);
        string? list = null;
        foreach (var block in blocks)
        {
            var verdict = preset(block) ?? Judge(block, title);
            if (verdict is null && list is not null)
            {
                var endsList = block.Kind == BlockKind.Heading
                    || (block.Text.Length >= ListEndsAtProseLength && block.LinkDensity < 0.3);
                if (endsList)
                {
                    list = null;
                }
                else
                {
                    verdict = list;
                }
            }
            else if (verdict is not null && ListLabels.Contains(verdict) && block.Text.Length <= MaxLabelLength
                && (block.Kind == BlockKind.Heading || block.Text.EndsWith(':')))
            {
                list = verdict;
            }

            verdicts.Add(verdict);
        }

        DropTail(blocks, verdicts);
        return verdicts;
    }

    /// <summary>
    /// Drops link-heavy lines after the last prose paragraph: once the story has ended, a line that is a third links is
    /// a "more on this" list, a tag row or a source credit with a link, whatever its classes say (they often carry a
    /// content word: "related_post", "article-footer-box"). Before the last paragraph the same line may be a cited source.
    /// </summary>
    private static void DropTail(IReadOnlyList<TextBlock> blocks, List<string?> verdicts)
    {
        var lastProse = -1;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (verdicts[i] is null && blocks[i].Text.Length >= TailProseLength && blocks[i].LinkDensity < MaxTailLinkDensity)
            {
                lastProse = i;
                break;
            }
        }

        for (var i = lastProse + 1; lastProse >= 0 && i < blocks.Count; i++)
        {
            if (verdicts[i] is null && blocks[i].LinkDensity > MaxTailLinkDensity)
            {
                verdicts[i] = "related";
            }
        }
    }

    /// <summary>Null to keep the block, or the reason to drop it.</summary>
    public string? Judge(TextBlock block, string? title)
    {
        // The headline is metadata, not body text, whatever element carries it (h1, or a styled div on older sites).
        if (title is not null && block.Text.Length == title.Length && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
        {
            return BlockVerdict.Title;
        }

        var density = block.LinkDensity;
        if (cues.Match(block.Text, density) is { } reason)
        {
            return reason;
        }

        if (density > MaxLinkDensity)
        {
            return block.Kind == BlockKind.Heading ? "related" : "low-density";
        }

        return null;
    }
}
