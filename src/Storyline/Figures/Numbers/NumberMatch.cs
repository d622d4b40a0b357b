namespace Storyline.Figures.Numbers;

/// <summary>A number found in text; <see cref="Start"/> and <see cref="Length"/> are in UTF-16 units of the text.</summary>
/// <param name="Start">First UTF-16 unit of the number, its sign or its negative word.</param>
/// <param name="Length">UTF-16 units up to the end of its last part.</param>
/// <param name="Value">Its value; always finite.</param>
/// <param name="Written">At least one part is a word ("three", "zwei", "deux", "half", "million"), not only digits and suffixes.</param>
/// <param name="Scaled">A scale word or suffix multiplied it ("2 million", "6,6 milliards", "6.6bn", "10k").</param>
public sealed record NumberMatch(int Start, int Length, double Value, bool Written, bool Scaled);
