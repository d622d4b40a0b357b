using Storyline.Entities;
using Storyline.Figures;
using Storyline.Figures.Claims;
using Storyline.Storage;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// Verdict accuracy on labelled claims: the articles beside each claims.jsonl (articles.jsonl) are analysed as ingest
/// does, their claims built per story with names unified across the story's articles, and each gold claim looked up by
/// (story, subject, attribute). Rows per gold verdict and "all".
/// </summary>
public sealed class ClaimEvaluation(EntityRecognizer entities, FigureRecognizer figures, ClaimBuilder claims)
{
    public static ClaimEvaluation Default => new(EntityRecognizer.Default, FigureRecognizer.Default, ClaimBuilder.Default);

    public IReadOnlyList<ClaimScore> Evaluate(string path) => Evaluate(path, out _);

    /// <summary>The scores, and each gold claim beside the claim made for it (<paramref name="outcomes"/>), for a reader who wants the misses.</summary>
    public IReadOnlyList<ClaimScore> Evaluate(string path, out IReadOnlyList<ClaimOutcome> outcomes)
    {
        var gold = GoldClaimReader.Read(path);
        var made = new Dictionary<string, IReadOnlyList<Claim>>(StringComparer.Ordinal);
        foreach (var file in gold.Select(g => g.File).Distinct(StringComparer.Ordinal))
        {
            var articles = Path.Combine(Path.GetDirectoryName(file)!, GoldArticleReader.FileName);
            foreach (var (story, list) in ClaimsByStory(articles))
            {
                made[$"{file}|{story}"] = list;
            }
        }

        var rows = new List<ClaimScore>();
        foreach (var group in gold.GroupBy(g => g.Claim.Verdict).OrderBy(g => g.Key))
        {
            rows.Add(Score(group.Key.ToString().ToLowerInvariant(), group, made));
        }

        rows.Add(Score("all", gold, made));
        var found = gold.Select(g => new ClaimOutcome(g.Claim.Story, g.Claim, Find(made, g.File, g.Claim))).ToList();
        var extra = made.SelectMany(m => m.Value.Where(c => !found.Exists(o => ReferenceEquals(o.Made, c))).Select(c => new ClaimOutcome(m.Key[(m.Key.IndexOf('|', StringComparison.Ordinal) + 1)..], null, c)));
        outcomes = [.. found, .. extra];
        return rows;
    }

    private static Claim? Find(Dictionary<string, IReadOnlyList<Claim>> made, string file, GoldClaim g) =>
        made.GetValueOrDefault($"{file}|{g.Story}")?.FirstOrDefault(c =>
            string.Equals(c.Subject, g.Subject, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Attribute, g.Attribute, StringComparison.OrdinalIgnoreCase));

    private static ClaimScore Score(string name, IEnumerable<(string File, GoldClaim Claim)> gold, Dictionary<string, IReadOnlyList<Claim>> made)
    {
        int count = 0, found = 0, right = 0;
        foreach (var (file, g) in gold)
        {
            count++;
            var claim = Find(made, file, g);
            if (claim is null)
            {
                continue;
            }

            found++;
            right += claim.Verdict == g.Verdict ? 1 : 0;
        }

        return new ClaimScore(name, count, found, right);
    }

    private IEnumerable<(string Story, IReadOnlyList<Claim> Claims)> ClaimsByStory(string articlesFile)
    {
        var analysed = GoldFigureReader.Read(articlesFile).AsParallel().AsOrdered().Select(a =>
        {
            var named = entities.Recognize(a.Text, a.Language);
            return (a.Id, a.Story, a.Language, Entities: named, Figures: figures.Recognize(a.Text, a.Language, named, a.Published));
        }).ToList();
        foreach (var story in analysed.GroupBy(a => a.Story ?? "", StringComparer.Ordinal))
        {
            var names = CorpusNames.Aliases(CorpusNames.Unify(story.Select(a => new ArticleEntities(a.Id, a.Language, a.Entities))));
            yield return (story.Key, claims.Build(story.Select(a => (a.Id, a.Figures)), n => names.GetValueOrDefault(n, n)));
        }
    }
}
