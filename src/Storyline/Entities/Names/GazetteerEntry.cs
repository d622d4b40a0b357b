namespace Storyline.Entities.Names;

/// <summary>
/// One row of a gazetteer file: a place with its canonical English name, its id (GeoNames id or ISO code), a rank that settles
/// ambiguity (population for cities, larger for countries and continents) and its other names keyed by column
/// (a language code, or <c>other</c> for the native, ASCII and variant spellings).
/// </summary>
public sealed record GazetteerEntry(string Id, EntityType Type, long Rank, string Name, IReadOnlyDictionary<string, IReadOnlyList<string>> Names)
{
    /// <summary>The canonical name and every other name, each once.</summary>
    public IEnumerable<string> AllNames() => Names.Values.SelectMany(n => n).Prepend(Name).Distinct(StringComparer.Ordinal);
}
