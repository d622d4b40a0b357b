using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// Where every noun has a capital, the tagger takes a common noun for a name from where it stands: "nach Fahrplan", "in
/// Dörfern", "gegen Migräne" read like "nach Berlin". A one-word name that the language's noun lexicon lists in that very
/// form is such a noun and is dropped, unless the tagger takes the word alone for a name too (it knows "Airbus", "Ostsee"
/// and "Wikipedia" from its training, which a lexicon of nouns lists as well), the catalog knows it ("Essen", "Bundeswehr"),
/// the article writes it inside a longer name ("Thomas Müller … Müller sagte") or a title stands before it ("Trainer Koch").
/// A word the tagger takes alone for a person or anything else stays a noun where the article also writes it after an
/// article ("der Wolf", "auf der Promenade"); a place the catalog knows keeps its article ("den Harz"). A word joined by
/// "und" or "oder" to a noun of the lexicon that no name holds is a noun too, a compound the lexicon lists by its last
/// part among them ("für Kraftwerke und Chemieparks").
/// </summary>
internal static class LexiconNouns
{
    public static List<RawMention> Drop(
        List<RawMention> mentions, string text, NounLexicon nouns, EntityCues cues, Func<string, bool> known, Func<string, string?> typeAlone,
        Lazy<IReadOnlySet<string>> afterArticles)
    {
        if (nouns.IsEmpty)
        {
            return mentions;
        }

        var surfaces = mentions.Select(m => text[m.Start..m.End]).ToList();
        var inLongerNames = surfaces.Where(s => s.Contains(' ', StringComparison.Ordinal)).SelectMany(s => s.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var noun = new Dictionary<(string, string), bool>();
        return mentions.Where((m, k) =>
        {
            var surface = surfaces[k];
            if (surface.Contains(' ', StringComparison.Ordinal) || inLongerNames.Contains(surface)
                || (m.ConllType == "PER" && cues.Titles.Contains(TextScan.WordBefore(text, m.Start).ToLowerInvariant())))
            {
                return true;
            }

            // A compound the lexicon lists by its last part ("Chemieparks") is a noun only in a noun's company.
            if (!nouns.Lists(surface))
            {
                return !(nouns.ListsAsNoun(surface) && !known(surface) && InNounsCompany(m));
            }

            if (!noun.TryGetValue((surface, m.ConllType), out var isNoun))
            {
                // Alone, the tagger takes many a capitalised word it does not know for a person ("Fahrplan", "Motto"): that
                // speaks for a name only where the article reads it as a person too, and never writes it after an article
                // ("Der Wolf, der …", "den falschen Wolf": a surname and first name too, but here the animal).
                noun[(surface, m.ConllType)] = isNoun = !known(surface) && typeAlone(surface) switch
                {
                    null => true,
                    "PER" => m.ConllType != "PER" || afterArticles.Value.Contains(surface),
                    _ => afterArticles.Value.Contains(surface),
                };
            }

            // "für Kraftwerke und Chemieparks": joined by a conjunction to a noun of the lexicon that no name holds, the word
            // is a noun wherever the tagger would place it.
            return !isNoun && (known(surface) || !InNounsCompany(m));
        }).ToList();

        bool InNounsCompany(RawMention m)
        {
            var (before, beforeStart) = TextScan.WordBeforeAt(text, m.Start);
            var neighbour = cues.Conjunctions.Contains(before) ? TextScan.WordBefore(text, beforeStart)
                : TextScan.WordAfterAt(text, m.End) is var (after, afterEnd) && cues.Conjunctions.Contains(after) ? TextScan.WordAfter(text, afterEnd)
                : "";
            return neighbour.Length > 1 && char.IsUpper(neighbour[0]) && nouns.Lists(neighbour) && !surfaces.Contains(neighbour);
        }
    }
}
