namespace Storyline.Entities.Names;

public sealed record CanonicalName(string Name, EntityType Type, string? Id);
