namespace Storyline.Throughput.Corpus;

/// <summary>
/// One synthetic article: its story paragraphs plus the boilerplate a site would wrap around them
/// (kept apart so that each format can place it where real sites do).
/// </summary>
public sealed record GeneratedArticle(
    int Number,
    string Language,
    string Title,
    string Dateline,
    DateTimeOffset Published,
    string Url,
    string SiteName,
    string Author,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Boilerplate)
{
    /// <summary>Headlines of other articles, for related-article lists and "next/previous" trailers.</summary>
    public IReadOnlyList<string> RelatedHeadlines { get; init; } = [];

    /// <summary>
    /// Body blocks as a page shows them: the dateline opens the first paragraph, a "read more" line sits after the
    /// second paragraph (where sites put it) and share and navigation lines close the article.
    /// </summary>
    public IEnumerable<string> ReadingOrder()
    {
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            yield return i == 0 ? $"{Dateline} – {Paragraphs[0]}" : Paragraphs[i];
            if (i == 1 && Boilerplate.Count > 0)
            {
                yield return Boilerplate[0];
            }
        }

        foreach (var line in Boilerplate.Skip(1))
        {
            yield return line;
        }
    }
}
