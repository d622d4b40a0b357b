namespace Storyline;

/// <summary>A paragraph of the clean text whose language differs from the article's.</summary>
public sealed record LanguageSpan(int Start, int Length, string Language, double Confidence);
