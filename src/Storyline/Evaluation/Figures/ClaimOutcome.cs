using Storyline.Figures.Claims;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// A gold claim beside the claim the pipeline made for the same (story, subject, attribute): <see cref="Made"/> is null
/// when it made none, <see cref="Gold"/> is null for a claim the pipeline made that no gold claim names.
/// </summary>
public sealed record ClaimOutcome(string Story, GoldClaim? Gold, Claim? Made)
{
    public bool Right => Gold is not null && Made is not null && Made.Verdict == Gold.Verdict;
}
