namespace Storyline.Evaluation.Language;

/// <summary>How many texts in <see cref="Expected"/> were identified as <see cref="Predicted"/>.</summary>
public sealed record LanguageConfusion(string Expected, string Predicted, int Count);
