namespace Storyline;

/// <summary>How a raw document's content is written: markup to extract from, or running text.</summary>
public enum ContentKind
{
    Text,
    Html,
}
