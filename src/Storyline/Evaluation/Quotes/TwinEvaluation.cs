using Storyline.Entities;
using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Quotes.Statements;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Quote twins on labelled articles: the pipeline's quotes (entities, figures and quotes recognised from the text as ingest
/// does) of all the articles are grouped into statements with no story given, and scored as pairs. Only gold quotes that a
/// found quote overlaps take part (one found quote each, as <see cref="QuoteEvaluation"/> pairs them), so a quote the
/// stage misses costs the quote score, not this one. A gold pair is two such quotes in different articles sharing a
/// <c>statement</c> slug; a found pair is two in different articles that the matcher puts in one statement.
/// </summary>
public sealed class TwinEvaluation(EntityRecognizer entities, QuoteRecognizer quotes, StatementMatcher matcher)
{
    public static TwinEvaluation Default => new(EntityRecognizer.Default, QuoteRecognizer.Default, StatementMatcher.Default);

    public IReadOnlyList<TwinScore> Evaluate(string path) => Evaluate(path, out _);

    /// <summary>The scores, and every pair judged otherwise than the gold (<paramref name="misses"/>), for a reader who wants them.</summary>
    public IReadOnlyList<TwinScore> Evaluate(string path, out IReadOnlyList<TwinMiss> misses)
    {
        var wrong = new List<TwinMiss>();
        var analysed = GoldQuoteReader.Read(path).AsParallel().AsOrdered().Select(Analyse).ToList();
        var profiles = new List<QuoteProfile>();
        var slugs = new List<string?>();
        var texts = new List<string>();
        foreach (var (article, gold) in analysed)
        {
            profiles.AddRange(article.Quotes.Select(q => QuoteProfile.Of(article, q, static n => n)));
            texts.AddRange(article.Quotes.Select(q => q.Text));
            slugs.AddRange(gold);
        }

        var statementOf = new int[profiles.Count];
        var groups = matcher.Group(profiles);
        for (var s = 0; s < groups.Count; s++)
        {
            foreach (var i in groups[s])
            {
                statementOf[i] = s;
            }
        }

        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal) { ["same language"] = default, ["across languages"] = default };
        for (var a = 0; a < profiles.Count; a++)
        {
            for (var b = a + 1; b < profiles.Count; b++)
            {
                if (slugs[a] is null || slugs[b] is null || profiles[a].ArticleId == profiles[b].ArticleId)
                {
                    continue;
                }

                var gold = string.Equals(slugs[a], slugs[b], StringComparison.Ordinal);
                var found = statementOf[a] == statementOf[b];
                var kind = profiles[a].Language == profiles[b].Language ? "same language" : "across languages";
                var (tp, fp, fn) = counts[kind];
                counts[kind] = (tp + (gold && found ? 1 : 0), fp + (!gold && found ? 1 : 0), fn + (gold && !found ? 1 : 0));
                if (gold != found)
                {
                    wrong.Add(new TwinMiss(kind, profiles[a].ArticleId, texts[a], profiles[b].ArticleId, texts[b], gold));
                }
            }
        }

        var rows = counts.Select(c => new TwinScore(c.Key, c.Value.Tp + c.Value.Fn, new ConfusionMatrix(c.Value.Tp, c.Value.Fp, c.Value.Fn, 0))).ToList();
        rows.Add(new TwinScore("all", rows.Sum(r => r.Gold), rows.Select(r => r.Counts).Aggregate(ConfusionMatrix.Zero, ConfusionMatrix.Add)));
        misses = wrong;
        return rows;
    }

    // The article as ingest would store it, and for each found quote the statement slug of the gold quote it overlaps, or null.
    private (Article Article, List<string?> Slugs) Analyse(GoldQuoteArticle a)
    {
        var named = entities.Recognize(a.Text, a.Language);
        var found = quotes.Recognize(a.Text, a.Language, named);
        var article = new Article
        {
            Id = a.Id,
            Source = a.Id,
            Language = a.Language,
            Text = a.Text,
            RawHash = a.Id,
            Entities = named,
            Figures = FigureRecognizer.Default.Recognize(a.Text, a.Language, named, null),
            Quotes = found,
        };
        var slugs = found.Select(_ => (string?)null).ToList();
        foreach (var g in a.Quotes)
        {
            var i = Enumerable.Range(0, found.Count)
                .FirstOrDefault(i => slugs[i] is null && found[i].Start < g.Start + g.Length && g.Start < found[i].Start + found[i].Length, -1);
            if (i >= 0)
            {
                slugs[i] = g.Statement ?? "";
            }
        }

        return (article, slugs);
    }
}
