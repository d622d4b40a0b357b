namespace Storyline.Duplicates;

/// <summary>
/// The pairs that follow from the pairs found: two articles that both copy, rewrite or translate one source are related
/// to each other although they may share little directly (two rewrites of one wire piece keep different sentences). One
/// step only, and at most <see cref="MaxNeighbours"/> per article, so a thousand copies of one piece do not make a million pairs.
/// </summary>
public static class DuplicateGraph
{
    public const int MaxNeighbours = 32;

    /// <summary>The pairs found and, after them, the derived ones (with <see cref="Duplicate.Via"/> set).</summary>
    public static IReadOnlyList<Duplicate> WithDerived(IReadOnlyList<Duplicate> found, Func<string, string?> languageOf)
    {
        var known = new HashSet<(string, string)>(found.Select(d => Key(d.A, d.B)));
        var neighbours = new Dictionary<string, List<Duplicate>>(StringComparer.Ordinal);
        foreach (var d in found)
        {
            Add(neighbours, d.A, d);
            Add(neighbours, d.B, d);
        }

        var derived = new List<Duplicate>();
        foreach (var (via, edges) in neighbours.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var list = edges.Take(MaxNeighbours).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (Other(list[i], via), Other(list[j], via));
                    if (a == b || !known.Add(Key(a, b)))
                    {
                        continue;
                    }

                    var relation = !string.Equals(languageOf(a), languageOf(b), StringComparison.Ordinal)
                        ? DuplicateRelation.Translation
                        : list[i].Relation == DuplicateRelation.Copy && list[j].Relation == DuplicateRelation.Copy ? DuplicateRelation.Copy : DuplicateRelation.Rewrite;
                    var similarity = Math.Round(Math.Min(list[i].Similarity, list[j].Similarity), 3);
                    derived.Add(new Duplicate(a, b, relation, similarity, []) { Via = via });
                }
            }
        }

        return [.. found, .. derived];
    }

    private static void Add(Dictionary<string, List<Duplicate>> neighbours, string id, Duplicate d)
    {
        if (!neighbours.TryGetValue(id, out var list))
        {
            neighbours[id] = list = [];
        }

        list.Add(d);
    }

    private static string Other(Duplicate d, string id) => d.A == id ? d.B : d.A;

    /// <summary>A pair of article ids in one order whichever comes first, to look a pair up.</summary>
    public static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
