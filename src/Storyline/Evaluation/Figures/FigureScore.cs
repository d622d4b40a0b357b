namespace Storyline.Evaluation.Figures;

/// <summary>
/// Figure spans of one language (or "all"): exact-bound precision/recall/F1, the same for spans that merely overlap,
/// and over the exactly matched spans the share whose kind, value, unit, qualifier, subject and attribute are right.
/// </summary>
public sealed record FigureScore(string Language, int Gold, int Found, int Exact, int Overlapping)
{
    public int KindRight { get; init; }

    public int ValueRight { get; init; }

    public int UnitRight { get; init; }

    public int QualifierRight { get; init; }

    public int SubjectRight { get; init; }

    public int AttributeRight { get; init; }

    public double Precision => Found == 0 ? 0 : (double)Exact / Found;

    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double OverlapF1 => Found + Gold == 0 ? 0 : 2.0 * Overlapping / (Found + Gold);

    public double KindAccuracy => Share(KindRight);

    public double ValueAccuracy => Share(ValueRight);

    public double UnitAccuracy => Share(UnitRight);

    public double QualifierAccuracy => Share(QualifierRight);

    public double SubjectAccuracy => Share(SubjectRight);

    public double AttributeAccuracy => Share(AttributeRight);

    public static FigureScore Sum(string language, IReadOnlyCollection<FigureScore> parts) =>
        new(language, parts.Sum(p => p.Gold), parts.Sum(p => p.Found), parts.Sum(p => p.Exact), parts.Sum(p => p.Overlapping))
        {
            KindRight = parts.Sum(p => p.KindRight),
            ValueRight = parts.Sum(p => p.ValueRight),
            UnitRight = parts.Sum(p => p.UnitRight),
            QualifierRight = parts.Sum(p => p.QualifierRight),
            SubjectRight = parts.Sum(p => p.SubjectRight),
            AttributeRight = parts.Sum(p => p.AttributeRight),
        };

    private double Share(int right) => Exact == 0 ? 0 : (double)right / Exact;
}
