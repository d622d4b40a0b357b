using Storyline.Figures;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// The Microsoft Recognizers-Text specs (MIT) as a figure benchmark, one row per language and model ("en-number",
/// "fr-percent", "de-currency"): NumberModel through <see cref="NumberSpecEvaluation"/>, PercentModel and CurrencyModel
/// through the whole figure stage, keeping its percent or money figures. A figure matches an expected result that starts
/// at the same character with the same text (ignoring case and surrounding spaces); values compare within one part in
/// a million. The spec cases carry no entities, so none are recognised.
/// </summary>
public sealed class SpecFigureEvaluation(FigureRecognizer figures)
{
    private const double RelativeTolerance = 1e-6;

    private static readonly (string Model, string Row, FigureKind Kind)[] Staged =
    [
        ("PercentModel", "percent", FigureKind.Percent),
        ("CurrencyModel", "currency", FigureKind.Money),
    ];

    public static SpecFigureEvaluation Default => new(FigureRecognizer.Default);

    /// <summary>A spec file (<c>*Model.json</c>) or a folder holding some.</summary>
    public static bool IsSpecs(string path) => File.Exists(path)
        ? path.EndsWith("Model.json", StringComparison.Ordinal)
        : Directory.Exists(path) && Directory.EnumerateFiles(path, "*Model.json", SearchOption.AllDirectories).Any();

    public IReadOnlyList<FigureScore> Evaluate(string path)
    {
        var specs = File.Exists(path) ? RecognizerSpecReader.ReadFile(path) : RecognizerSpecReader.ReadFolder(path);
        var rows = NumberSpecEvaluation.Run(specs)
            .Select(s => new FigureScore($"{s.Language}-number", s.Spans.Support, s.Spans.TruePositives + s.Spans.FalsePositives, s.Spans.TruePositives, s.Spans.TruePositives) { ValueRight = s.ValuesRight })
            .ToList();
        foreach (var (model, row, kind) in Staged)
        {
            foreach (var language in specs.Where(s => s.Model == model).GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var scores = language.AsParallel().Select(spec => Score(spec, kind)).ToList();
                rows.Add(FigureScore.Sum($"{language.Key}-{row}", scores));
            }
        }

        return rows.OrderBy(r => r.Language, StringComparer.Ordinal).ToList();
    }

    private static bool IsSubunit(string? unit) => unit is "Cent" or "Pence" or "Penny" or "Centime" or "Centimes";

    private FigureScore Score(RecognizerSpec spec, FigureKind kind)
    {
        var found = figures.Recognize(spec.Input, spec.Language, [], null).Where(f => f.Kind == kind).ToList();
        var expected = spec.Results.ToList();
        int exact = 0, values = 0;
        foreach (var f in found)
        {
            var hit = expected.FindIndex(e => e.Start == f.Start && string.Equals(e.Text.Trim(), f.Text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (hit < 0)
            {
                continue;
            }

            exact++;
            // The specs give "50 cents" as 50 Cent; figures carry money in the main unit (0.50).
            var want = expected[hit].Value * (IsSubunit(expected[hit].Unit) ? 0.01 : 1);
            values += want is { } w && f.Value is { } got && Math.Abs(w - got) <= RelativeTolerance * Math.Max(1, Math.Abs(w)) ? 1 : 0;
            expected.RemoveAt(hit);
        }

        return new FigureScore(spec.Language, spec.Results.Count, found.Count, exact, exact) { ValueRight = values };
    }
}
