namespace Storyline.Ingest.Html;

/// <summary>
/// What an element's class and id say: a furniture reason from a whole token (or a strong part such as "comments"),
/// a weak reason from a token part, whether a content hint is present, and whether the element is marked as a lead (standfirst).
/// </summary>
public readonly record struct ClassSignal(string? TokenReason, string? PartReason, bool Content, bool Strong)
{
    /// <summary>Marked as the article's lead or standfirst ("article-intro", "lead", "excerpt").</summary>
    public bool Lead { get; init; }

    /// <summary>Marked as the article body by a whole class token ("entry-content", "article-body"), not just a word part.</summary>
    public bool Body { get; init; }

    public static ClassSignal None => default;

    /// <summary>
    /// The reason to drop the element, or null. A whole-token match ("entry-meta") always counts; a part match ("sidebar" in
    /// "main-with-sidebar") is overruled by a content part in the same attributes, as Readability's "maybe candidate" rule does.
    /// </summary>
    public string? Reason => TokenReason ?? (Content ? null : PartReason);
}
