namespace Storyline.Ingest.Html;

/// <summary>Judges the blocks inside the chosen content: teaser lines, share rows and link lists are dropped with a reason.</summary>
internal sealed class BlockFilter(HtmlCues cues)
{
    // Above this share of link text a block is a list of links (related articles, tags, a menu that escaped the pruner),
    // not prose; Readability and jusText both use 0.5 as their line between content and navigation.
    private const double MaxLinkDensity = 0.5;

    /// <summary>Null to keep the block, or the reason to drop it.</summary>
    public string? Judge(TextBlock block, string? title)
    {
        if (block.Kind == BlockKind.Heading && title is not null && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
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
