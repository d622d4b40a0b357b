namespace Storyline.Evaluation;

/// <summary>
/// Counts of a binary decision (kept vs dropped, found vs missed) and the scores derived from them; every score is 0
/// when its denominator is empty, as in trafilatura's <c>tests/eval_common.py</c>, so an empty run never shows as perfect.
/// </summary>
public sealed record ConfusionMatrix(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static ConfusionMatrix Zero { get; } = new(0, 0, 0, 0);

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN): the harmonic mean of precision and recall, written so it needs no special case when one is 0.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    public static ConfusionMatrix operator +(ConfusionMatrix left, ConfusionMatrix right) => new(
        left.TruePositives + right.TruePositives,
        left.FalsePositives + right.FalsePositives,
        left.FalseNegatives + right.FalseNegatives,
        left.TrueNegatives + right.TrueNegatives);

    public static ConfusionMatrix Add(ConfusionMatrix left, ConfusionMatrix right) => left + right;

    public override string ToString()
        => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} Acc {Accuracy:0.000} (TP {TruePositives} FP {FalsePositives} FN {FalseNegatives} TN {TrueNegatives})";

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
