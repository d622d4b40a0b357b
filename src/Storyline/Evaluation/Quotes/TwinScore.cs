namespace Storyline.Evaluation.Quotes;

/// <summary>Twin pairs of one kind (same language, across languages, all): pairs of quotes in different articles put in one statement.</summary>
public sealed record TwinScore(string Pairs, int Gold, ConfusionMatrix Counts)
{
    public int Found => Counts.TruePositives + Counts.FalsePositives;

    public double Precision => Counts.Precision;

    public double Recall => Counts.Recall;

    public double F1 => Counts.F1;
}
