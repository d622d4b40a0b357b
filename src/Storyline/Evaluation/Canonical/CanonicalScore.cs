namespace Storyline.Evaluation.Canonical;

/// <summary>How many of one language's pairs got the expected canonical name.</summary>
public sealed record CanonicalScore(string Language, int Support, int Correct)
{
    public double Accuracy => Support == 0 ? 0 : (double)Correct / Support;
}
