namespace Storyline.Figures;

/// <summary>How the text commits to a figure: as stated, roughly, as a lower or upper bound, or as a plan not yet done.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Planned,
}
