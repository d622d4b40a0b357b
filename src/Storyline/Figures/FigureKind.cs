namespace Storyline.Figures;

/// <summary>What a figure counts: an amount of money, a number of things, a share, a point in time, a length of time, or a measurement.</summary>
public enum FigureKind
{
    Money,
    Count,
    Percent,
    Date,
    Duration,
    Other,
}
