namespace Storyline.Figures.Numbers;

/// <summary>One entry of a language's number words: its role, its value and the flags its data line carries.</summary>
/// <param name="Kind">Its role, from the section it is listed in.</param>
/// <param name="Value">Its number; a fraction's denominator; 1 for an article.</param>
/// <param name="TakesTeens">A tens word a teen may follow (French soixante-dix-sept, quatre-vingt-onze).</param>
/// <param name="NeedsNumber">A plural scale, read only after a number ("3 dozens", not "dozens of people").</param>
/// <param name="Bare">A fraction that is a number on its own ("more than half").</param>
/// <param name="IsArticle">An indefinite article: a number only when a scale or fraction follows it.</param>
/// <param name="SmallerFirst">A ratio word read only when the first number is the smaller ("two out of five", not "12 out of 10").</param>
/// <param name="WrittenAfter">A ratio word read only before a number in words ("1 in twenty-one", not "3 in 2020").</param>
internal sealed record NumberWord(
    NumberWordKind Kind, double Value, bool TakesTeens, bool NeedsNumber, bool Bare, bool IsArticle, bool SmallerFirst = false, bool WrittenAfter = false);
