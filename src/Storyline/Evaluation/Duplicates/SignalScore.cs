namespace Storyline.Evaluation.Duplicates;

/// <summary>
/// How well one signal tells same-story pairs from unrelated ones: the area under the ROC curve (the chance that a
/// same-story pair scores above an unrelated one; 0.5 is a coin) and the best F1 any threshold reaches, with that threshold.
/// </summary>
public sealed record SignalScore(string Signal, string Pairs, int Same, int Other, double Auc, double BestF1, double Threshold);
