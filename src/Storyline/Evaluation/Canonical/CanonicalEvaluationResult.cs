namespace Storyline.Evaluation.Canonical;

/// <summary>Accuracy of canonical names per language and over all pairs (micro average), with every miss.</summary>
public sealed record CanonicalEvaluationResult(IReadOnlyList<CanonicalScore> PerLanguage, IReadOnlyList<CanonicalMiss> Misses)
{
    public int Support => PerLanguage.Sum(s => s.Support);

    public int Correct => PerLanguage.Sum(s => s.Correct);

    public double Accuracy => Support == 0 ? 0 : (double)Correct / Support;
}
