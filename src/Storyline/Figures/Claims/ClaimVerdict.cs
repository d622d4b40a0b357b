namespace Storyline.Figures.Claims;

/// <summary>Whether the sources of a claim agree: one source only, values that can all be true together, or values that cannot.</summary>
public enum ClaimVerdict
{
    Single,
    Agree,
    Conflict,
}
