namespace Storyline.Duplicates;

/// <summary>
/// The prints of articles indexed but not filed in the store yet, looked up as the store's are: each print keeps its
/// latest <see cref="DuplicateIndex.PerPrint"/> articles only, so a burst of copies costs no more here than there.
/// Filing many articles at once is what keeps the store's writes low: each filed print dirties a page of a large
/// table, and only a large filing dirties each page for many prints (bench/README.md).
/// </summary>
public sealed class PendingPrints
{
    private readonly Dictionary<long, Queue<long>> rows = [];

    /// <summary>Adds one to <paramref name="shared"/> for each pending article that has each of these prints.</summary>
    public void Count(IEnumerable<long> prints, Dictionary<long, int> shared)
    {
        foreach (var print in prints)
        {
            if (rows.TryGetValue(print, out var articles))
            {
                foreach (var row in articles)
                {
                    shared[row] = shared.GetValueOrDefault(row) + 1;
                }
            }
        }
    }

    public void Add(long row, IEnumerable<long> prints)
    {
        foreach (var print in prints)
        {
            if (!rows.TryGetValue(print, out var articles))
            {
                rows[print] = articles = new Queue<long>();
            }

            articles.Enqueue(row);
            if (articles.Count > DuplicateIndex.PerPrint)
            {
                articles.Dequeue();
            }
        }
    }

    /// <summary>Forgets every pending article: they have been filed.</summary>
    public void Clear() => rows.Clear();
}
