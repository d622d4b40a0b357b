namespace Storyline.Stories;

/// <summary>
/// A story's steps in order. Each article gets a date: its publication date, else, when its lead refers back to an
/// earlier event (<see cref="BackReference"/>), that many days after the story's start, else the start. Articles
/// within <see cref="GapDays"/> of each other make one step; steps are ordered by date, undated ones first (they are
/// the start the others refer back to).
/// </summary>
public static class StoryTimeline
{
    /// <summary>Articles further apart than this are two steps: one event is reported over a few days.</summary>
    public const double GapDays = 3;

    public static IReadOnlyList<TimelineStep> Of(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0)
        {
            return [];
        }

        var start = articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).DefaultIfEmpty().Min();
        var dated = articles.Select(a => (Article: a, Day: a.Published is { } p ? (p - start).TotalDays : BackReference.DaysAfter(a) ?? 0, Known: a.Published is not null))
            .OrderBy(x => x.Day).ThenBy(x => x.Article.Published ?? DateTimeOffset.MaxValue).ToList();

        var steps = new List<List<(Article Article, double Day, bool Known)>>();
        foreach (var item in dated)
        {
            if (steps.Count == 0 || item.Day - steps[^1][^1].Day > GapDays)
            {
                steps.Add([]);
            }

            steps[^1].Add(item);
        }

        return steps.Select(step =>
        {
            var known = step.Where(s => s.Known).Select(s => s.Article.Published!.Value).ToList();
            var first = step[0].Article;
            var headline = step.Select(s => s.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? FirstSentence(first.Text, first.Language);
            return new TimelineStep(
                known.Count > 0 ? known.Min() : null,
                known.Count == 0 && start == default ? (int)Math.Round(step[0].Day) : null,
                headline,
                step.Select(s => s.Article.Id).ToList());
        }).ToList();
    }

    private static string FirstSentence(string text, string language)
    {
        var sentences = Duplicates.Sentences.Of(text, language);
        return sentences.Count == 0 ? "" : text[sentences[0].Start..sentences[0].End];
    }
}
