using Storyline.Storage;

namespace Storyline.Cli.Output;

/// <summary>The contract's article shape; analysis lists later stages fill stay present and empty until they run.</summary>
public static class ArticleJson
{
    public static object Full(Article a) => new
    {
        a.Id,
        a.Source,
        a.Url,
        a.Language,
        a.LanguageConfidence,
        a.Title,
        a.Published,
        a.Author,
        a.SiteName,
        a.Text,
        Removed = a.Removed.Select(r => r.Text).ToArray(),
        RemovedSpans = a.Removed,
        ForeignSpans = a.ForeignSpans,
        a.Entities,
        a.Figures,
        a.Quotes,
        a.RawHash,
    };

    public static object Summary(ArticleSummary a) => new
    {
        a.Id,
        a.Source,
        a.Url,
        a.Language,
        a.Title,
        a.Published,
        a.Length,
    };
}
