using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Burgemeester Anouk Peeters van Venlo", "Topvrouw Maud Verschoor van Noordwind": a person's full name, a preposition,
/// and the place or organisation they come from. The tagger, used to "Ludwig van Beethoven", may read all of it as one
/// person; after a first name and a surname, a lower-case preposition followed by a capitalised name ends the person,
/// and that name is a mention of its own: the type the article gives it elsewhere (alone or at the head of a longer name),
/// a place the catalog knows, else an organisation ("Thijs Vermeulen van Nieuw Midden", "Sanne Vos van Bank Oudegracht":
/// a word for organisations opens it, so the person's first name need not be a known one). An article after the preposition
/// stays outside ("Yvonne ter Beek van het Willibrordus"). A particle right after the first name ("Wouter van der
/// Linden"), or after a second first name ("Carl Maria von Weber"), is left alone.
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
        foreach (var cut in MentionCuts.Of(m, text))
        {
            // At least a first name and a surname before the preposition, and a capitalised name after it. A name link
            // ("de" in "Lucía Ferrer de Castro") cuts only before a word for organisations ("Lucía Ferrer de Banco Turia").
            var bodied = cut.Index + 1 < cut.Words.Length && IsBodyWord(cut.Words[cut.Index + 1], cues);
            if (cut.Index >= 2 && char.IsLower(cut.Word[0]) && (cues.Prepositions.Contains(cut.Word) || (bodied && cues.OriginPrepositions.Contains(cut.Word))))
            {
                var rest = cut.AfterText(text);
                var after = cut.After;
                // "Yvonne ter Beek van het Willibrordus": an article after the preposition opens what the person is of.
                if (cues.Determiners.Contains(cut.Words[cut.Index + 1]) && cut.Index + 2 < cut.Words.Length)
                {
                    var article = cut.Words[cut.Index + 1];
                    rest = rest[(article.Length + 1)..];
                    after = after with { Start = after.Start + article.Length + 1 };
                }

                // Named alone, or as the short form of a longer name ("Noordwind" of "Noordwind Airlines").
                var type = others.GetValueOrDefault(rest)
                    ?? others.FirstOrDefault(o => o.Key.StartsWith(rest + " ", StringComparison.Ordinal)).Value
                    ?? (!people.Contains(rest) && catalog.Resolve(rest, language) is { Type: EntityType.Place } ? "LOC" : null)
                    ?? (bodied || Surnamed(cut.BeforeText(text)) ? "ORG" : null);
                if (type is not null && char.IsUpper(rest[0]))
                {
                    return [cut.Before, after with { ConllType = type }];
                }
            }
        }

        return null;
    }

    // "Bank Oudegracht", "Banco Turia": a capitalised word for organisations or public bodies opens a name that is no person's.
    private static bool IsBodyWord(string word, EntityCues cues)
    {
        var lower = word.ToLowerInvariant();
        return char.IsUpper(word[0]) && (cues.IsOrganisationCue(lower) || cues.IsBodyHead(lower));
    }

    // "Nathalie Dierickx van Solis": the word before the preposition is a surname, not a second first name ("Carl Maria
    // von Weber"), so the preposition says whom the person is of. Any list will do for the first name ("Gerrit", in one
    // only); the surname is in none.
    private static bool Surnamed(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && FirstNames.Embedded.Listed(words[0]) && !FirstNames.Embedded.Listed(words[^1]);
    }
}
