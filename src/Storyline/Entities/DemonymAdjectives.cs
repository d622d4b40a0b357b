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
    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        if (cues.AdjectiveEndings.Count == 0)
        {
            return mentions;
        }

        var written = mentions.Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        return mentions.Where(m => !LoneAdjective(m, text, cues, catalog, language)).Select(m =>
        {
            var surface = text[m.Start..m.End];
            var space = surface.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !IsAdjective(surface.AsSpan(0, space), cues.AdjectiveEndings))
            {
                return m;
            }

            var rest = surface[(space + 1)..];
            var cut = m with { Start = m.Start + space + 1 };
            return catalog.Resolve(rest, language) is { Type: EntityType.Place } ? cut with { ConllType = "LOC" }
                : written.Contains(rest) || Elsewhere(text, rest, cues.AdjectiveEndings) ? cut
                : m;
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
    private static bool Elsewhere(string text, string name, IReadOnlySet<string> endings)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            if (TextScan.WholeWordAt(text, i, name.Length) && !IsAdjective(TextScan.WordBefore(text, i), endings))
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
