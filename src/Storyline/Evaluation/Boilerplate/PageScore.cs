namespace Storyline.Evaluation.Boilerplate;

/// <summary>One page's outcome in a benchmark run: its counts, the time its extraction took, and whether it failed.</summary>
public sealed record PageScore(TrafilaturaCase Page, ConfusionMatrix Matrix, double Milliseconds, string? Error);
