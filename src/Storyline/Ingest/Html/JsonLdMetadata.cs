namespace Storyline.Ingest.Html;

/// <summary>The article fields found in a page's JSON-LD blocks (schema.org Article, NewsArticle, BlogPosting, WebPage).</summary>
internal sealed record JsonLdMetadata(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Language)
{
    public static JsonLdMetadata Empty { get; } = new(null, null, null, null, null);
}
