namespace Storyline.Evaluation.Figures;

/// <summary>
/// Claims of labelled stories: how many gold claims the pipeline also makes (same story, subject and attribute), how
/// many of those carry the gold verdict, and the verdict accuracy over all gold claims (a missed claim is wrong).
/// </summary>
public sealed record ClaimScore(string Verdict, int Gold, int Found, int Right)
{
    public double Accuracy => Gold == 0 ? 0 : (double)Right / Gold;

    public double FoundShare => Gold == 0 ? 0 : (double)Found / Gold;

    public double AccuracyWhenFound => Found == 0 ? 0 : (double)Right / Found;
}
