namespace Storyline.Evaluation.Ner;

/// <summary>Exact-span counts (CoNLL): a predicted span is right only with the same bounds and type as a gold span.</summary>
public sealed record SpanCounts(string Language, string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanCounts Sum(string language, string type, IEnumerable<SpanCounts> parts)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var p in parts)
        {
            tp += p.TruePositives;
            fp += p.FalsePositives;
            fn += p.FalseNegatives;
        }

        return new SpanCounts(language, type, tp, fp, fn);
    }
}
