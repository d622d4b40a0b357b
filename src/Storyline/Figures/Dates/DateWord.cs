namespace Storyline.Figures.Dates;

/// <summary>
/// One entry of a language's <c>dates.txt</c>: what it stands for (<see cref="Value"/>: a month 1..12, a
/// <see cref="DayOfWeek"/>, an offset, with <see cref="Unit"/> for relative expressions) and the flags that limit
/// where it counts: <c>context</c> (a month only next to a day, a year or a cue: "May" the verb), <c>lowercase</c>
/// (German "Morgen" is the morning, "morgen" tomorrow) and <c>capitalised</c> (English "march" is a verb).
/// </summary>
internal sealed record DateWord(int Value, DatePrecision Unit, bool NeedsContext, bool LowercaseOnly, bool CapitalisedOnly)
{
    public static readonly DateWord Plain = new(0, DatePrecision.Day, false, false, false);

    /// <summary>Whether the word as written at <paramref name="start"/> of <paramref name="text"/> meets the case flags.</summary>
    public bool CaseFits(string text, int start) =>
        !(LowercaseOnly && char.IsUpper(text[start])) && !(CapitalisedOnly && !char.IsUpper(text[start]));
}
