namespace Storyline.Evaluation.Language;

/// <summary>
/// Accuracy of language identification per gold language and over all texts (micro average), with the most frequent
/// confusions. <see cref="SnippetChars"/> is null when whole texts were scored.
/// </summary>
public sealed record LanguageEvaluationResult(
    IReadOnlyList<LanguageScore> PerLanguage,
    IReadOnlyList<LanguageConfusion> Confusions,
    int? SnippetChars,
    TimeSpan Elapsed,
    long Characters)
{
    public int Support => PerLanguage.Sum(s => s.Support);

    public int Correct => PerLanguage.Sum(s => s.Correct);

    public double Accuracy => Support == 0 ? 0 : (double)Correct / Support;
}
