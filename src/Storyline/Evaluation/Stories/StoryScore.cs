namespace Storyline.Evaluation.Stories;

/// <summary>
/// Story assignment against gold stories: B-cubed precision, recall and F1 (Bagga and Baldwin 1998: per article, the share
/// of its found story that is its gold story, and of its gold story that it found), the adjusted Rand index, and the
/// same-story decisions over pairs of articles in different languages and in one language.
/// </summary>
public sealed record StoryScore(
    int Articles, int GoldStories, int FoundStories, double Precision, double Recall, double F1, double AdjustedRand,
    ConfusionMatrix CrossLanguagePairs, ConfusionMatrix SameLanguagePairs);
