using Storyline.Duplicates;
using Storyline.Entities;
using Storyline.Figures.Claims;
using Storyline.Quotes.Statements;
using Storyline.Storage;

namespace Storyline.Stories;

/// <summary>
/// One story with its analysis: the listing, the kinds of event it reports, an extractive summary (each sentence with its source), the dated steps of
/// its timeline, then its entities under one name across its articles and languages, the
/// claims its figures make (agree, conflict, single), its statements (quote twins across languages merged, with
/// attribution verdicts) and the copies, rewrites and translations among its articles.
/// </summary>
public sealed record StoryDetails(
    int Id,
    string? Title,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Languages,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<EventKind> Events,
    string SummaryLanguage,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<TimelineStep> Timeline,
    IReadOnlyList<CorpusEntity> Entities,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Statement> Quotes,
    IReadOnlyList<Duplicate> Duplicates)
{
    public static StoryDetails Of(StoryListing story, IReadOnlyList<Article> articles, IReadOnlyList<Duplicate> duplicates, string? language = null)
    {
        var (summaryLanguage, summary) = StorySummary.Of(articles, language);
        var entities = CorpusNames.Unify(articles.Select(a => new ArticleEntities(a.Id, a.Language, a.Entities)));
        var names = CorpusNames.Aliases(entities);
        string Canonical(string name) => names.GetValueOrDefault(name, name);
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var languages = articles.ToDictionary(a => a.Id, a => a.Language, StringComparer.Ordinal);
        return new StoryDetails(
            story.Id,
            story.Title,
            story.Articles,
            story.Languages,
            story.FirstSeen,
            story.LastSeen,
            StoryEvents.Shares(articles),
            summaryLanguage,
            summary,
            StoryTimeline.Of(articles),
            entities.Where(e => e.Type != EntityType.Other).OrderByDescending(e => e.Articles.Count).ThenByDescending(e => e.Mentions).ToList(),
            ClaimBuilder.Default.Build(articles.Select(a => (a.Id, a.Figures)), Canonical),
            StatementMatcher.Default.Match(articles, Canonical),
            DuplicateGraph.WithDerived(duplicates.Where(d => ids.Contains(d.A) && ids.Contains(d.B)).ToList(), languages.GetValueOrDefault));
    }
}
