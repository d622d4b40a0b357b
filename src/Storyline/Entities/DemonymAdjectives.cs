using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "het Spaanse Bilbao", "het Italiaanse Selvani", "De Baskische industrieel": where place adjectives are capitalised
/// (Dutch), the tagger takes the adjective into the name after it. A first word with an ending of the article's own
/// <c>[adjective-endings]</c> in <c>entities.txt</c> is cut when what follows is a place the catalog knows or a name the
/// article writes alone elsewhere; a name that is only ever written so ("Nederlandse Spoorwegen") keeps it. Such an
/// adjective read alone as a name before a lower-case noun ("de Duitse autoriteiten") is dropped.
/// </summary>
internal static class DemonymAdjectives
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language, NounLexicon? nouns = null)
    {
        if (cues.AdjectiveEndings.Count == 0 && cues.PlaceDemonymEndings.Count == 0)
        {
            return mentions;
        }

        var written = mentions.Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        return mentions.Where(m => !LoneAdjective(m, text, cues, catalog, language)).Select(m =>
        {
            var surface = text[m.Start..m.End];
            var space = surface.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                return m;
            }

            var rest = surface[(space + 1)..];
            var cut = m with { Start = m.Start + space + 1 };
            if (IsAdjective(surface.AsSpan(0, space), cues.AdjectiveEndings))
            {
                return catalog.Resolve(rest, language) is { Type: EntityType.Place } ? cut with { ConllType = "LOC" }
                    : written.Contains(rest) || Elsewhere(text, rest, word => IsAdjective(word, cues.AdjectiveEndings)) ? cut
                    : m;
            }

            // "der Düsseldorfer Korvendahl Immobilien AG", then "Korvendahl kündigte an": where a place's adjective is the place
            // and an ending ("Düsseldorf-er"), it opens an organisation's name only where the name is never written without
            // it, as "Frankfurter Allgemeine" is not; the name's first word alone counts.
            var first = surface[..space];
            var head = rest.Split(' ')[0];
            bool OfPlace(string word) => EntityGrouper.OfPlace(word, language, cues, catalog);
            // Not before a common noun: "der Hamburger Hafen" is the port, "Hafen" alone any port.
            return m.ConllType == "ORG" && OfPlace(first) && nouns?.Lists(head) != true && (Elsewhere(text, rest, OfPlace) || Elsewhere(text, head, OfPlace)) ? cut : m;
        }).ToList();
    }

    // "de Duitse autoriteiten": such an adjective alone before a lower-case noun is no name, unless the catalog knows the
    // word as a place.
    private static bool LoneAdjective(RawMention m, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var surface = text[m.Start..m.End];
        // A miscellaneous one is a nationality the grouper drops already; a compound ("Noord-Franse") is left whole, so that
        // its head is not read as a name of its own.
        if (m.ConllType == "MISC" || surface.Contains(' ', StringComparison.Ordinal) || surface.Contains('-', StringComparison.Ordinal)
            || !IsAdjective(surface, cues.AdjectiveEndings))
        {
            return false;
        }

        var next = m.End;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next > m.End && next < text.Length && char.IsLower(text[next]) && catalog.Resolve(surface, language) is not { Type: EntityType.Place };
    }

    // The name as a whole word somewhere else in the text, with no such adjective before it: "Selvani" in "Selvani meldde …".
    private static bool Elsewhere(string text, string name, Func<string, bool> adjective)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            if (TextScan.WholeWordAt(text, i, name.Length) && !adjective(TextScan.WordBefore(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word with one of the endings: "Spaanse", "Baskische".
    public static bool IsAdjective(ReadOnlySpan<char> word, IReadOnlySet<string> endings)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var e in endings)
        {
            if (word.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
