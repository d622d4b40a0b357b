namespace Storyline.Figures;

/// <summary>
/// What the words around a number make of it: the figure's kind and unit, its span, the attribute a counted noun
/// implies, and what the number is multiplied by (0.01 for "50 cents": money is in the currency's main unit).
/// </summary>
public readonly record struct UnitReading(FigureKind Kind, string? Unit, int Start, int End, string? Attribute, double Factor = 1)
{
    /// <summary>
    /// The attribute of a number that counts a noun the lexicon does not know ("trois médicaments"): none, and the
    /// sentence's cue words ("emploie 100 salariés" nearby) are about something else.
    /// </summary>
    public const string None = "";
}
