using Storyline.Entities;
using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// The quote stage on labelled articles, entities recognised from the text as ingest does: per language, direct quotes
/// alone and all kinds together (direct and indirect); articles whose gold keeps direct quotes inside reported clauses
/// (<see cref="GoldQuoteArticle.NestedDirect"/>) are read by a stage that keeps them too.
/// Speakers: canonical names compared as names (sample gold), or words of the text matched by <see cref="SpeakerMatch"/>
/// (the shared sets).
/// </summary>
public sealed class QuoteEvaluation(EntityRecognizer entities, QuoteRecognizer quotes)
{
    public static QuoteEvaluation Default => new(EntityRecognizer.Default, QuoteRecognizer.Default);

    /// <summary>Scores the gold at <paramref name="path"/> (<see cref="QuoteGold"/>; the split applies to the shared sets).</summary>
    public IReadOnlyList<QuoteScore> Evaluate(string path, QuoteSplit? split = null) => Evaluate(QuoteGold.Read(path, split));

    public IReadOnlyList<QuoteScore> Evaluate(IEnumerable<GoldQuoteArticle> articles)
    {
        var scores = articles.AsParallel().AsOrdered()
            .SelectMany(a =>
            {
                var named = entities.Recognize(a.Text, a.Language);
                var found = (a.NestedDirect ? quotes.KeepingNestedDirect : quotes).Recognize(a.Text, a.Language, named);
                Func<string?, string?, bool> same = a.SpeakersAsWritten
                    ? (gold, speaker) => SpeakerMatch.Matches(gold, speaker, named)
                    : (gold, speaker) => string.Equals(speaker, gold, StringComparison.OrdinalIgnoreCase);
                return new[]
                {
                    Score(a.Language, "direct", a.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList(), found.Where(q => q.Kind == QuoteKind.Direct).ToList(), same),
                    Score(a.Language, "all", a.Quotes, found, same),
                };
            })
            .ToList();
        var rows = scores.GroupBy(s => (s.Language, s.Kind)).OrderBy(g => g.Key.Kind == "all").ThenBy(g => g.Key.Language, StringComparer.Ordinal)
            .Select(g => QuoteScore.Sum(g.Key.Language, g.Key.Kind, g.ToList())).ToList();
        rows.Add(QuoteScore.Sum("all", "direct", scores.Where(s => s.Kind == "direct").ToList()));
        rows.Add(QuoteScore.Sum("all", "all", scores.Where(s => s.Kind == "all").ToList()));
        return rows;
    }

    private static QuoteScore Score(string language, string kind, IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> found, Func<string?, string?, bool> same)
    {
        int exact = 0, overlapping = 0, speaker = 0;
        var used = new HashSet<int>();
        foreach (var g in gold)
        {
            exact += found.Any(f => f.Start == g.Start && f.Length == g.Length) ? 1 : 0;
            var i = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used.Contains(i) && found[i].Start < g.Start + g.Length && g.Start < found[i].Start + found[i].Length, -1);
            if (i < 0)
            {
                continue;
            }

            used.Add(i);
            overlapping++;
            speaker += same(g.Speaker, found[i].Speaker) ? 1 : 0;
        }

        return new QuoteScore(language, kind, gold.Count, found.Count, exact, overlapping, speaker);
    }
}
