using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Ámsterdam y Barcelona", "Bergamo e Ravenna", "dal Veneto alla Sardegna": two names the tagger read as one across a
/// lower-case conjunction or preposition. Where the catalog knows both sides, each is a name of its own of the type the
/// catalog gives ("Procter and Gamble", "Marks and Spencer" are left whole: the catalog knows neither side), unless it
/// knows the whole ("Asie du Sud-Est"); the second name's own article in small letters is left out ("e la Corsica"). A place
/// read across a conjunction and a preposition ("Sagunto y de Canet") is two, whatever the catalog knows. So are a place
/// in the possessive and the name after it ("Amsterdam's Schiphol airport"; "McDonald's Corp" stays whole: no place).
/// </summary>
internal static class ListedNames
{
    public static List<RawMention> Split(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var result = new List<RawMention>(mentions.Count);
        foreach (var m in mentions)
        {
            result.AddRange(Parts(m, text, cues, catalog, language) ?? [m]);
        }

        return result;
    }

    private static RawMention[]? Parts(RawMention m, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        if (Possessive(m, text, cues, catalog, language) is { } owned)
        {
            return owned;
        }

        // "Asie du Sud-Est" is one region, though the catalog knows "Asie" and "Sud-Est" (a district of Botswana) too.
        if (catalog.Resolve(text[m.Start..m.End], language) is not null)
        {
            return null;
        }

        foreach (var cut in MentionCuts.Of(m, text))
        {
            // "vecinos de Sagunto y de Canet": a conjunction and a preposition join two places, whatever the catalog knows.
            if (m.ConllType == "LOC" && cut.Index >= 2 && (IsLowerIn(cut.Word, cues.Prepositions) || IsLowerIn(cut.Word, cues.OriginPrepositions)) && IsLowerIn(cut.Words[cut.Index - 1], cues.Conjunctions))
            {
                return [cut.BeforeWithout(cues.Conjunctions, text), WithoutArticle(cut.After, text, cues)];
            }

            if (char.IsLower(cut.Word[0]) && (cues.Conjunctions.Contains(cut.Word) || cues.Prepositions.Contains(cut.Word))
                && catalog.Resolve(cut.BeforeText(text), language) is { } a && catalog.Resolve(cut.AfterText(text), language) is { } b)
            {
                return [cut.Before with { ConllType = Tagging.TagSet.ConllTypeOf(a.Type) }, WithoutArticle(cut.After, text, cues) with { ConllType = Tagging.TagSet.ConllTypeOf(b.Type) }];
            }
        }

        return null;
    }

    private static bool IsLowerIn(string word, IReadOnlySet<string> words) => word.Length > 0 && char.IsLower(word[0]) && words.Contains(word);

    // "la Sardegna e la Corsica": the second name's own article, in small letters, is no part of it.
    private static RawMention WithoutArticle(RawMention m, string text, EntityCues cues)
    {
        var space = text.IndexOf(' ', m.Start, m.End - m.Start);
        return space > m.Start && char.IsLower(text[m.Start]) && cues.Determiners.Contains(text[m.Start..space]) ? m with { Start = space + 1 } : m;
    }

    // "Amsterdam's Schiphol": the first word ends in a possessive of entities.txt [possessives] and is a place the catalog knows.
    private static RawMention[]? Possessive(RawMention m, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var space = text.IndexOf(' ', m.Start, m.End - m.Start);
        if (space < 0)
        {
            return null;
        }

        var first = text[m.Start..space];
        // The typographic apostrophe news prints ("Spain’s") is read as the plain one, as MentionCleaner reads it.
        var plain = first.Replace('’', '\'');
        var ending = cues.Possessives.FirstOrDefault(p => plain.Length > p.Length + 1 && plain.EndsWith(p, StringComparison.Ordinal));
        if (ending is null || catalog.Resolve(first[..^ending.Length], language) is not { Type: EntityType.Place })
        {
            return null;
        }

        return [new RawMention(m.Start, space - ending.Length, "LOC"), m with { Start = space + 1 }];
    }
}
