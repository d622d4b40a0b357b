namespace Storyline.Entities.Names;

public sealed record NameMatch(int Length, CanonicalName Name);
