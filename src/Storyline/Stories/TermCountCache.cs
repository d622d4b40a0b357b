namespace Storyline.Stories;

/// <summary>
/// The article counts of terms as a <see cref="StoryIndex"/> left them in its store, kept between its batches so that
/// the terms a batch shares with those before it (most of its word stems) are not read again: at 100,000 generated
/// articles reading the counts took two thirds of the time spent reading a batch's context. Valid only while the store
/// has assigned what this index left it at: when another writer has assigned articles since, it starts again. Holds at
/// most <see cref="Capacity"/> terms and starts again when full.
/// </summary>
public sealed class TermCountCache
{
    /// <summary>At most about 70 MB, by an estimate not measured: a term of ~8 letters and its entry take about 70 bytes.</summary>
    public const int Capacity = 1 << 20;

    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private int assigned = -1;

    /// <summary>Of these terms, those whose counts are not kept.</summary>
    public HashSet<string> Unknown(IEnumerable<string> terms) => terms.Where(t => !counts.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the counts kept are the store's when it has assigned <paramref name="storeAssigned"/> articles; if not, they are dropped.</summary>
    public bool Check(int storeAssigned)
    {
        if (storeAssigned != assigned)
        {
            counts.Clear();
        }

        return storeAssigned == assigned;
    }

    /// <summary>
    /// The counts of <paramref name="terms"/>: those read from the store, else those kept; terms counted in no article are
    /// left out, as the store leaves them out.
    /// </summary>
    public Dictionary<string, int> Merge(IEnumerable<string> terms, IReadOnlyDictionary<string, int> read)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var count = read.TryGetValue(term, out var r) ? r : counts.GetValueOrDefault(term);
            if (count > 0)
            {
                merged[term] = count;
            }
        }

        return merged;
    }

    /// <summary>Keeps the counts of terms just read from the store (0 for those it does not hold).</summary>
    public void Keep(IEnumerable<string> read, IReadOnlyDictionary<string, int> found)
    {
        foreach (var term in read)
        {
            counts[term] = found.GetValueOrDefault(term);
        }
    }

    /// <summary>
    /// After a batch is saved: its terms' counts are those before it (<paramref name="before"/>) and the batch's own, and
    /// the store has assigned <paramref name="storeAssigned"/> articles.
    /// </summary>
    public void Saved(int storeAssigned, IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> batch)
    {
        if (counts.Count + batch.Count > Capacity)
        {
            counts.Clear();
        }

        foreach (var (term, count) in batch)
        {
            counts[term] = before.GetValueOrDefault(term) + count;
        }

        assigned = storeAssigned;
    }
}
