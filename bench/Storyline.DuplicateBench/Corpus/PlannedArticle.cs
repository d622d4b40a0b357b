namespace Storyline.DuplicateBench.Corpus;

/// <summary>
/// One article as planned: its row (1-based arrival order, as the store numbers articles), what it copies (Source, 0 for
/// an original), the original its copy chain starts from (Family, its own row for an original), and its paragraphs as
/// sentence seeds; the text is written from the seeds (<see cref="ArticleText"/>) only when needed.
/// </summary>
public sealed record PlannedArticle(long Row, CopyKind Kind, long Source, long Family, ulong[][] Paragraphs);
