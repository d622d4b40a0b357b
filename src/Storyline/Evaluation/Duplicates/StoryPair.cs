namespace Storyline.Evaluation.Duplicates;

/// <summary>
/// One pair of SemEval-2022 task 8 (<c>training_set.csv</c>): two news articles and the annotators' overall similarity,
/// 1 (the same story) to 4 (unrelated).
/// </summary>
public sealed record StoryPair(string Id, string Language1, string Text1, string Language2, string Text2, double Overall)
{
    /// <summary>The reading of the scale: 1 to 1.5 is the same story...</summary>
    public const double SameStory = 1.5;

    /// <summary>...3.5 to 4 another; the pairs between are left out of the measure.</summary>
    public const double OtherStory = 3.5;

    public bool CrossLanguage => !string.Equals(Language1, Language2, StringComparison.Ordinal);
}
