using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Burgemeester Anouk Peeters van Venlo", "Topvrouw Maud Verschoor van Noordwind": a person's full name, a preposition,
/// and the place or organisation they come from. The tagger, used to "Ludwig van Beethoven", may read all of it as one
/// person; after a first name and a surname, a lower-case preposition followed by a name the article names as a place or
/// organisation (alone or at the head of a longer name), or a place the catalog knows, ends the person, and that name is
/// a mention of its own. A particle
/// right after the first name ("Wouter van der Linden") or before a name the article knows only as this person's
/// ("Carl Maria von Weber" … "Weber") is left alone.
/// </summary>
internal static class PersonOrigins
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var others = mentions.Where(m => m.ConllType is "ORG" or "LOC").Select(m => (Surface: text[m.Start..m.End], m.ConllType))
            .GroupBy(m => m.Surface, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ConllType, StringComparer.Ordinal);
        var people = mentions.Where(m => m.ConllType == "PER").Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        var result = new List<RawMention>(mentions.Count);
        foreach (var m in mentions)
        {
            result.AddRange(m.ConllType == "PER" && Split(m, text, cues, catalog, language, others, people) is { } parts ? parts : [m]);
        }

        return result;
    }

    private static RawMention[]? Split(
        RawMention m, string text, EntityCues cues, NameCatalog catalog, string language, Dictionary<string, string> others, HashSet<string> people)
    {
        var words = text[m.Start..m.End].Split(' ');
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            // At least a first name and a surname before the preposition, and a capitalised name after it.
            if (i >= 2 && i + 1 < words.Length && words[i].Length > 0 && char.IsLower(words[i][0]) && cues.Prepositions.Contains(words[i]))
            {
                var rest = string.Join(' ', words[(i + 1)..]);
                // Named alone, or as the short form of a longer name ("Noordwind" of "Noordwind Airlines").
                var type = others.GetValueOrDefault(rest)
                    ?? others.FirstOrDefault(o => o.Key.StartsWith(rest + " ", StringComparison.Ordinal)).Value
                    ?? (!people.Contains(rest) && catalog.Resolve(rest, language) is { Type: EntityType.Place } ? "LOC" : null);
                var restStart = m.Start + offset + words[i].Length + 1;
                if (type is not null && char.IsUpper(rest[0]) && text.AsSpan(restStart, m.End - restStart).SequenceEqual(rest))
                {
                    return [m with { End = m.Start + offset - 1 }, new RawMention(restStart, m.End, type)];
                }
            }

            offset += words[i].Length + 1;
        }

        return null;
    }
}
