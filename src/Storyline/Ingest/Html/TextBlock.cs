using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>A run of text owned by one block-level element, with how much of it is link text.</summary>
internal sealed record TextBlock(string Text, int LinkChars, IElement Owner, BlockKind Kind)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
