using Storyline.Evaluation.Ner;
using Storyline.Figures.Numbers;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// Runs <see cref="NumberReader"/> on Recognizers-Text NumberModel cases. A found number matches an expected one when
/// both start at the same character and their texts are equal ignoring case and surrounding spaces; each expected
/// result is matched once. Values are compared over the matched spans.
/// </summary>
public static class NumberSpecEvaluation
{
    public const string Model = "NumberModel";

    // Spec values are printed with 15 significant digits ("0.666666666666667"): a tighter tolerance fails on rounding.
    private const double RelativeTolerance = 1e-9;

    /// <summary>Scores per language over the NumberModel cases accepted by <paramref name="include"/> (all when null).</summary>
    public static IReadOnlyList<NumberSpecScore> Run(IEnumerable<RecognizerSpec> specs, Func<RecognizerSpec, bool>? include = null)
    {
        var scores = new List<NumberSpecScore>();
        foreach (var language in specs.Where(s => s.Model == Model && (include is null || include(s))).GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var reader = NumberReader.For(language.Key);
            int tp = 0, fp = 0, fn = 0, values = 0;
            var misses = new List<string>();
            foreach (var spec in language)
            {
                var found = reader.Read(spec.Input);
                var expected = spec.Results.ToList();
                foreach (var match in found)
                {
                    var text = spec.Input.Substring(match.Start, match.Length).Trim();
                    var hit = expected.FindIndex(e => e.Start == match.Start && string.Equals(e.Text.Trim(), text, StringComparison.OrdinalIgnoreCase));
                    if (hit < 0)
                    {
                        fp++;
                        misses.Add($"#{spec.Index} extra '{text}'={match.Value} in: {spec.Input}");
                        continue;
                    }

                    tp++;
                    var want = expected[hit].Value;
                    if (want is { } w && Close(w, match.Value))
                    {
                        values++;
                    }
                    else
                    {
                        misses.Add($"#{spec.Index} value '{text}'={match.Value}, expected {want}");
                    }

                    expected.RemoveAt(hit);
                }

                fn += expected.Count;
                misses.AddRange(expected.Select(e => $"#{spec.Index} missed '{e.Text}'={e.Value} in: {spec.Input}"));
            }

            scores.Add(new NumberSpecScore(language.Key, new SpanCounts(language.Key, Model, tp, fp, fn), values, misses));
        }

        return scores;
    }

    private static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= RelativeTolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));
}
