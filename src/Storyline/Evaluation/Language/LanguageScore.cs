namespace Storyline.Evaluation.Language;

/// <summary>How often one gold language was identified correctly.</summary>
public sealed record LanguageScore(string Language, int Support, int Correct)
{
    public double Accuracy => Support == 0 ? 0 : (double)Correct / Support;
}
