namespace Storyline.Evaluation.Duplicates;

/// <summary>Labelled pairs of one relation (or "any": copy, rewrite or translation against none) and how the index judged them.</summary>
public sealed record DuplicateScore(string Relation, int Gold, ConfusionMatrix Counts)
{
    public int Found => Counts.TruePositives + Counts.FalsePositives;

    public double Precision => Counts.Precision;

    public double Recall => Counts.Recall;

    public double F1 => Counts.F1;
}
