namespace Storyline;

/// <summary>How a raw document's content is written: markup to extract from, or running text.</summary>
public enum ContentKind
{
    Text,

    /// <summary>A whole page, with site chrome around the article.</summary>
    Html,

    /// <summary>An article body in HTML (feed item content, a JSON record's <c>html</c>): no chrome to search through.</summary>
    HtmlFragment,
}
