namespace Storyline.Figures;

/// <summary>What the words around a number make of it: the figure's kind and unit, its span, and the attribute a counted noun implies.</summary>
public readonly record struct UnitReading(FigureKind Kind, string? Unit, int Start, int End, string? Attribute);
