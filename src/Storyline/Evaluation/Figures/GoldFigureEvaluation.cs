using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// The whole stage on labelled articles: entities are recognised from the text (as ingest does, never taken from the
/// gold), figures read with them and scored per language against the gold figures.
/// </summary>
public sealed class GoldFigureEvaluation(EntityRecognizer entities, FigureRecognizer figures)
{
    public static GoldFigureEvaluation Default => new(EntityRecognizer.Default, FigureRecognizer.Default);

    public IReadOnlyList<FigureScore> Evaluate(string path) => Score(Read(path));

    public IReadOnlyList<(GoldFigureArticle Gold, IReadOnlyList<Figure> Found)> Read(string path) =>
        GoldFigureReader.Read(path).AsParallel().AsOrdered()
            .Select(a => (a, figures.Recognize(a.Text, a.Language, entities.Recognize(a.Text, a.Language), a.Published)))
            .ToList();

    public static IReadOnlyList<FigureScore> Score(IReadOnlyList<(GoldFigureArticle Gold, IReadOnlyList<Figure> Found)> articles)
    {
        var scores = articles.Select(a => FigureMatching.Score(a.Gold.Language, a.Gold.Figures, a.Found)).ToList();
        var rows = scores.GroupBy(s => s.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FigureScore.Sum(g.Key, g.ToList())).ToList();
        rows.Add(FigureScore.Sum("all", scores));
        return rows;
    }
}
