namespace Storyline.Duplicates;

/// <summary>How two articles share their text: one copies the other, rewrites it, translates it, or neither.</summary>
public enum DuplicateRelation
{
    None,
    Copy,
    Rewrite,
    Translation,
}
