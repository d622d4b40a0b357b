using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Museo Larrañaga de Bilbao", "Gruppo Selvani di Bergamo": an organisation's own name, a word for where it is
/// (<see cref="EntityCues.OriginPrepositions"/>) and a place the catalog knows. The tagger reads it as one name; the
/// organisation is named without the place elsewhere ("il museo", "Selvani"), so the place is a mention of its own. Only
/// when the name before it is a name by itself: two words or more, or one the article also writes alone ("Helvara di
/// Basilea"), one of them capitalised and no word for a kind of body ("Larrañaga", "Subalpino"). "Tribunale regionale di Amburgo",
/// "Policía Local de Ponferrada" and "Politecnico di Milano" stay whole: there the place tells which one.
/// </summary>
internal static class OrganisationOrigins
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var result = new List<RawMention>(mentions.Count);
        var written = mentions.Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            result.AddRange(Split(m, text, cues, catalog, language, written) is { } parts ? parts : [m]);
        }

        return result;
    }

    private static RawMention[]? Split(RawMention m, string text, EntityCues cues, NameCatalog catalog, string language, HashSet<string> written)
    {
        // "Asie du Sud-Est", written where the article names "Asie" alone too, is one region the catalog knows whole.
        if (catalog.Resolve(text[m.Start..m.End], language) is not null)
        {
            return null;
        }

        foreach (var cut in MentionCuts.Of(m, text))
        {
            var name = cut.Words[..cut.Index];
            // One word is a name by itself where the article also writes it alone ("Il gruppo Helvara di Basilea", then "Helvara").
            var named = cut.Index >= 2 || written.Contains(name[0]);
            // The tagger may have read "Museo Larrañaga de Bilbao" as a person: then a word for a kind of organisation says it is one.
            if (named && cues.OriginPrepositions.Contains(cut.Word) && OwnName(name, cues)
                && (m.ConllType != "PER" || name.Any(w => IsKind(w.ToLowerInvariant(), cues))))
            {
                var rest = cut.AfterText(text);
                if (char.IsUpper(rest[0]) && catalog.Resolve(rest, language) is { Type: EntityType.Place })
                {
                    return [cut.BeforeWithout(cues.Conjunctions, text), cut.After with { ConllType = "LOC" }];
                }
            }
        }

        return null;
    }

    // A word that names this one organisation: capitalised, and neither a kind of organisation nor of public body. A
    // public body's head and its capitalised adjectives alone are no name of its own ("Policía Local de Ponferrada": the
    // place tells which one); with a subject after a link they are ("Instituto Aragonés de Energía di Saragozza").
    private static bool OwnName(string[] words, EntityCues cues) =>
        !(cues.IsBodyHead(words[0].ToLowerInvariant()) && !words.Any(w => cues.BodyLinks.Contains(w.ToLowerInvariant())))
        && words.Any(w => w.Length > 1 && char.IsUpper(w[0]) && !IsKind(w.ToLowerInvariant(), cues));

    private static bool IsKind(string lower, EntityCues cues) =>
        cues.IsBodyHead(lower) || cues.OrganisationCues.Contains(lower) || cues.OrganisationDesignators.Contains(lower);
}
