namespace Storyline.Ingest.Html;

/// <summary>What kind of element a text block came from; headings and list items are judged differently from paragraphs.</summary>
internal enum BlockKind
{
    Other,
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Cell,
    Preformatted,
}
