namespace Storyline.Text;

/// <summary>The language of a text: an ISO 639-1 code (or <c>und</c>) and a confidence between 0 and 1.</summary>
public sealed record LanguageGuess(string Code, double Confidence)
{
    /// <summary>The code for a text whose language could not be told (ISO 639-2 "undetermined").</summary>
    public const string UndeterminedCode = "und";

    public static LanguageGuess Undetermined { get; } = new(UndeterminedCode, 0);

    public bool IsUndetermined => string.Equals(Code, UndeterminedCode, StringComparison.Ordinal);
}
