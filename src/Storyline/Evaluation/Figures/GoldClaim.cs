using Storyline.Figures.Claims;

namespace Storyline.Evaluation.Figures;

/// <summary>One labelled claim of a story: what the sources say about (subject, attribute), and the verdict.</summary>
public sealed record GoldClaim(string Story, string Subject, string Attribute, ClaimVerdict Verdict);
