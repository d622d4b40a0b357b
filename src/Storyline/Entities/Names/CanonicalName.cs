namespace Storyline.Entities.Names;

/// <summary>The one name an entity gets in every language (English where one exists), its type and its gazetteer id (GeoNames id, ISO code) if any.</summary>
public sealed record CanonicalName(string Name, EntityType Type, string? Id);
