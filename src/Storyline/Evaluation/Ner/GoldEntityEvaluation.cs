using Storyline.Entities;

namespace Storyline.Evaluation.Ner;

/// <summary>
/// Scores the whole entity stage on gold articles: exact mention spans with their entity's type (product and other
/// count separately), and, for <see cref="CanonicalAccuracy"/>, whether a rightly found mention got the gold canonical name.
/// What differs is kept in <see cref="Errors"/>.
/// </summary>
public sealed class GoldEntityEvaluation(EntityRecognizer recognizer)
{
    public IReadOnlyList<SpanCounts> Evaluate(IEnumerable<GoldEntityArticle> articles)
    {
        var tally = new SpanTally();
        int named = 0, rightName = 0;
        var errors = new List<MentionError>();
        foreach (var article in articles)
        {
            var found = recognizer.Recognize(article.Text, article.Language);
            var predicted = Spans(found).ToList();
            var gold = Spans(article.Entities).ToList();
            tally.Add(article.Language, gold.Select(g => g.Span), predicted.Select(p => p.Span));
            errors.AddRange(ErrorsOf(article, gold.Select(g => g.Span).ToHashSet(), predicted.Select(p => p.Span).ToHashSet()));
            var goldNames = gold.ToDictionary(g => g.Span, g => g.Name);
            foreach (var p in predicted.Where(p => goldNames.ContainsKey(p.Span)))
            {
                named++;
                rightName += string.Equals(goldNames[p.Span], p.Name, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        CanonicalAccuracy = named == 0 ? 0 : (double)rightName / named;
        Errors = errors;
        return tally.Results();
    }

    /// <summary>The last evaluation's errors, article by article in text order.</summary>
    public IReadOnlyList<MentionError> Errors { get; private set; } = [];

    /// <summary>Of the mentions found with the right span and type, the share whose entity has the gold canonical name.</summary>
    public double CanonicalAccuracy { get; private set; }

    // Each gold mention not found exactly is paired with the first found one it overlaps: the same words typed otherwise,
    // or other bounds; what pairs with nothing is missed or spurious.
    private static IEnumerable<MentionError> ErrorsOf(GoldEntityArticle a, HashSet<(int Start, int End, string Type)> gold, HashSet<(int Start, int End, string Type)> found)
    {
        var missed = gold.Except(found).OrderBy(g => g.Start).ToList();
        var spurious = found.Except(gold).OrderBy(f => f.Start).ToList();
        var errors = new List<(int At, MentionError Error)>();
        string Words((int Start, int End, string) s) => a.Text[s.Start..s.End];
        string Context(int start, int end) =>
            a.Text[Math.Max(0, start - 80)..Math.Min(a.Text.Length, end + 80)].ReplaceLineEndings(" ");
        foreach (var g in missed)
        {
            var i = spurious.FindIndex(f => f.Start < g.End && g.Start < f.End);
            if (i < 0)
            {
                errors.Add((g.Start, new MentionError(a.Id, MentionErrorKind.Missed, Words(g), g.Type, null, null, Context(g.Start, g.End))));
                continue;
            }

            var f = spurious[i];
            spurious.RemoveAt(i);
            var kind = (f.Start, f.End) == (g.Start, g.End) ? MentionErrorKind.Typed : MentionErrorKind.Bounds;
            errors.Add((g.Start, new MentionError(a.Id, kind, Words(g), g.Type, Words(f), f.Type, Context(Math.Min(g.Start, f.Start), Math.Max(g.End, f.End)))));
        }

        errors.AddRange(spurious.Select(f => (f.Start, new MentionError(a.Id, MentionErrorKind.Spurious, null, null, Words(f), f.Type, Context(f.Start, f.End)))));
        return errors.OrderBy(e => e.At).Select(e => e.Error);
    }

    private static IEnumerable<((int, int, string) Span, string Name)> Spans(IEnumerable<Entity> entities) =>
        entities.SelectMany(e => e.Mentions.Select(m => ((m.Start, m.Start + m.Length, e.Type.ToString().ToLowerInvariant()), e.Name)));
}
