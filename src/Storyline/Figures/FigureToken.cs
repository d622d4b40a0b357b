namespace Storyline.Figures;

/// <summary>A word or a sign of the text around figures, lower-cased, apostrophes as ' (UTF-16 offsets).</summary>
public readonly record struct FigureToken(int Start, int Length, string Lower)
{
    public int End => Start + Length;
}
