using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// A run of text owned by one block-level element, with how much of it is link text and the innermost ancestor that
/// looks like furniture by a weak signal (<see cref="SoftElement"/>, <see cref="SoftReason"/>), if any.
/// </summary>
internal sealed record TextBlock(string Text, int LinkChars, IElement Owner, BlockKind Kind)
{
    public IElement? SoftElement { get; init; }

    public string? SoftReason { get; init; }

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
