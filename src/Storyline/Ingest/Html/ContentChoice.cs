using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// The best-scoring content element, the elements whose blocks form the article (it and qualifying siblings), and the
/// weakly marked elements inside it that hold so much of its text that they are content, not furniture.
/// </summary>
internal sealed record ContentChoice(IElement Top, IReadOnlyList<IElement> Roots, IReadOnlySet<IElement> ContentSoftElements)
{
    /// <summary>
    /// A weakly marked block (of the roots) is furniture unless its mark wraps the winner (the theme's outer layout) or
    /// holds a large share of the content itself.
    /// </summary>
    public bool IsSoftFurniture(TextBlock block)
        => block.SoftElement is { } soft && !soft.Contains(Top) && !ContentSoftElements.Contains(soft);
}
