namespace Storyline.Text;

/// <summary>A language (ISO 639-1, or <c>und</c>) with the identifier's confidence in it.</summary>
public sealed record LanguageGuess(string Code, double Confidence);
