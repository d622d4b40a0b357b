using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Frankreichs Regierung", "OpenAIs Engagement": a name in the genitive before the noun it governs. The tagger, used
/// to German nouns being capitalised, may take both as one name; when the first word minus a genitive ending is a name
/// (found elsewhere in the article, or in the catalog unless the tagger read a person) the mention is that first word alone.
/// </summary>
internal static class GenitiveNames
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text, IReadOnlySet<string> endings, NameCatalog catalog, string language)
    {
        if (endings.Count == 0)
        {
            return mentions;
        }

        var surfaces = mentions.Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        return mentions.Select(m =>
        {
            var surface = text[m.Start..m.End];
            var space = surface.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                return m;
            }

            var first = surface[..space].TrimEnd('\'', '’');
            foreach (var ending in endings)
            {
                if (first.Length > ending.Length + 1 && first.EndsWith(ending, StringComparison.Ordinal))
                {
                    var stem = first[..^ending.Length];
                    // "Jonas Kessing", "Andreas Weber": a person's first name may end like a genitive, and the catalog knows
                    // places called Jona or Andrea; only a stem the article names itself cuts a person.
                    if (surfaces.Contains(stem) || (m.ConllType != "PER" && catalog.Resolve(stem, language) is not null))
                    {
                        return m with { End = m.Start + surface[..space].Length };
                    }
                }
            }

            return m;
        }).ToList();
    }
}
