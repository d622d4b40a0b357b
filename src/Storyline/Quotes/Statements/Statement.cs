namespace Storyline.Quotes.Statements;

/// <summary>
/// One statement as the articles report it: every version (a quote of one article, any language, direct or indirect),
/// who each source credits and whether they agree. <see cref="Text"/> is the version a reader sees first: the longest,
/// or the English one when it is at least half as long.
/// </summary>
public sealed record Statement(string Text, IReadOnlyList<StatementVersion> Versions, IReadOnlyList<StatementSpeaker> Speakers, AttributionVerdict Verdict)
{
    public IReadOnlyList<string> Articles => Versions.Select(v => v.ArticleId).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Languages => Versions.Select(v => v.Language).Distinct(StringComparer.Ordinal).ToList();
}
