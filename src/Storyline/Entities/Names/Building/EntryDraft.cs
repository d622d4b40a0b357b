namespace Storyline.Entities.Names.Building;

/// <summary>A gazetteer entry being assembled from several sources: names are added per column, each once, in order.</summary>
internal sealed class EntryDraft(string id, long rank)
{
    private readonly Dictionary<string, List<string>> names = new(StringComparer.Ordinal);

    public string Id => id;

    public long Rank => rank;

    public string? Name { get; set; }

    public void Add(string column, string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return;
        }

        if (!names.TryGetValue(column, out var list))
        {
            names[column] = list = [];
        }

        if (!list.Contains(trimmed, StringComparer.Ordinal))
        {
            list.Add(trimmed);
        }
    }

    public void AddAll(string column, IEnumerable<string> more)
    {
        foreach (var name in more)
        {
            Add(column, name);
        }
    }

    public GazetteerEntry ToEntry()
    {
        var name = Name ?? throw new InvalidOperationException($"entry {Id} has no name");
        return new GazetteerEntry(
            Id,
            EntityType.Place,
            Rank,
            name,
            names.Where(kv => kv.Value.Any(n => !string.Equals(n, name, StringComparison.Ordinal)))
                .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal));
    }
}
