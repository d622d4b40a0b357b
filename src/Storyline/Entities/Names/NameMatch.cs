namespace Storyline.Entities.Names;

/// <summary>A known name found in a token sequence: how many tokens it covers and the name it stands for.</summary>
public sealed record NameMatch(int Length, CanonicalName Name);
