namespace Storyline.Evaluation.Figures;

/// <summary>One expected result of a Recognizers-Text spec case; <see cref="End"/> is inclusive, as in the specs.</summary>
/// <param name="Text">The expected text, as the spec writes it (often lower-cased).</param>
/// <param name="TypeName">"number", "percentage", "currency", ...</param>
/// <param name="Value">The resolution's value read from the language's format ("0,5" in French is 0.5); null when absent or not a number.</param>
/// <param name="Unit">The resolution's unit, for currency and dimension models.</param>
/// <param name="Start">First character in the input.</param>
/// <param name="End">Last character in the input (inclusive).</param>
public sealed record RecognizerSpecResult(string Text, string TypeName, double? Value, string? Unit, int Start, int End);
