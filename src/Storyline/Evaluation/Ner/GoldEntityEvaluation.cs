using Storyline.Entities;

namespace Storyline.Evaluation.Ner;

/// <summary>
/// Scores the whole entity stage on gold articles: exact mention spans with their entity's type (product and other
/// count separately), and, for <see cref="CanonicalAccuracy"/>, whether a rightly found mention got the gold canonical name.
/// </summary>
public sealed class GoldEntityEvaluation(EntityRecognizer recognizer)
{
    public IReadOnlyList<SpanCounts> Evaluate(IEnumerable<GoldEntityArticle> articles)
    {
        var tally = new SpanTally();
        int named = 0, rightName = 0;
        foreach (var article in articles)
        {
            var found = recognizer.Recognize(article.Text, article.Language);
            var predicted = Spans(found).ToList();
            var gold = Spans(article.Entities).ToList();
            tally.Add(article.Language, gold.Select(g => g.Span), predicted.Select(p => p.Span));
            var goldNames = gold.ToDictionary(g => g.Span, g => g.Name);
            foreach (var p in predicted.Where(p => goldNames.ContainsKey(p.Span)))
            {
                named++;
                rightName += string.Equals(goldNames[p.Span], p.Name, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        CanonicalAccuracy = named == 0 ? 0 : (double)rightName / named;
        return tally.Results();
    }

    /// <summary>Of the mentions found with the right span and type, the share whose entity has the gold canonical name.</summary>
    public double CanonicalAccuracy { get; private set; }

    private static IEnumerable<((int, int, string) Span, string Name)> Spans(IEnumerable<Entity> entities) =>
        entities.SelectMany(e => e.Mentions.Select(m => ((m.Start, m.Start + m.Length, e.Type.ToString().ToLowerInvariant()), e.Name)));
}
