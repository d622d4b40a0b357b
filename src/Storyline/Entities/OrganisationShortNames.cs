using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// An organisation named with its designator is later named without it: "Noordwind Airlines", then "Noordwind laat
/// weten …"; "Rhenova Chemie GmbH", then "Rhenova Chemie". The short name is what is left once the designators at the
/// end are cut. Not when what is left names something else: a place the catalog knows (Singapore Airlines) or a
/// nationality (American Airlines, British Airways), which stand alone in every article about something else.
/// </summary>
internal static class OrganisationShortNames
{
    public static HashSet<string> Of(IEnumerable<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var words = text[m.Start..m.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kept = words.Length;
            while (kept > 0 && cues.IsDesignator(words[kept - 1]))
            {
                kept--;
            }

            if (kept == 0 || kept == words.Length || !words[..kept].All(w => char.IsUpper(w[0])))
            {
                continue;
            }

            var name = string.Join(' ', words[..kept]);
            if (catalog.Resolve(name, language) is null && !cues.DemonymEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
