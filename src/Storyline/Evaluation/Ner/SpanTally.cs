namespace Storyline.Evaluation.Ner;

/// <summary>Accumulates exact-span matches per (language, type); thread-safe.</summary>
public sealed class SpanTally
{
    private readonly Dictionary<(string Language, string Type), int[]> counts = [];

    public void Add(string language, IEnumerable<(int Start, int End, string Type)> gold, IEnumerable<(int Start, int End, string Type)> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        lock (counts)
        {
            foreach (var span in predictedSet)
            {
                Counter(language, span.Type)[goldSet.Contains(span) ? 0 : 1]++;
            }

            foreach (var span in goldSet.Where(g => !predictedSet.Contains(g)))
            {
                Counter(language, span.Type)[2]++;
            }
        }
    }

    /// <summary>Per language and type, then per language ("all" types), per type ("all" languages) and overall.</summary>
    public IReadOnlyList<SpanCounts> Results()
    {
        var cells = counts.Select(c => new SpanCounts(c.Key.Language, c.Key.Type, c.Value[0], c.Value[1], c.Value[2])).ToList();
        var rows = new List<SpanCounts>();
        foreach (var language in cells.Select(c => c.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var ofLanguage = cells.Where(c => c.Language == language).OrderBy(c => c.Type, StringComparer.Ordinal).ToList();
            rows.AddRange(ofLanguage);
            rows.Add(SpanCounts.Sum(language, "all", ofLanguage));
        }

        foreach (var type in cells.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal))
        {
            rows.Add(SpanCounts.Sum("all", type, cells.Where(c => c.Type == type)));
        }

        rows.Add(SpanCounts.Sum("all", "all", cells));
        return rows;
    }

    private int[] Counter(string language, string type)
    {
        if (!counts.TryGetValue((language, type), out var c))
        {
            counts[(language, type)] = c = new int[3];
        }

        return c;
    }
}
