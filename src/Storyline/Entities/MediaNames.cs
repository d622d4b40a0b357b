using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "die Frankfurter Rundschau", "dem Kölner Stadt-Anzeiger", "im Ostfriesischen Tageskurier": up to two capitalised
/// adjectives (a word with one of the article's own <c>[inflection-endings]</c>) right before a word naming a newspaper or
/// broadcaster (<c>[media-heads]</c>; "-kurier" for a compound's end) are a newspaper's name. Where only names have
/// capitals, an adjective written so belongs to one; the tagger, trained on Wikipedia, leaves most of these alone. A
/// sentence's first word is capitalised anyway, so it opens the name only when it is made from a place the catalog knows
/// ("Stuttgarter Nachrichten berichteten …"). A hyphenated compound ending in such a word names a paper alone ("der
/// „Mosel-Eifel-Kurier“").
/// </summary>
internal static class MediaNames
{
    private const int MaxAdjectives = 2;

    // Shorter capitalised words are particles or initials, no adjectives.
    private const int ShortestAdjective = 4;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, EntityCues cues, NameCatalog catalog, string language)
    {
        for (var h = sentence.Start + 1; h < sentence.End; h++)
        {
            if (!char.IsUpper(tokens[h].Text[0]) || !cues.IsMediaHead(tokens[h].Text.ToLowerInvariant()))
            {
                continue;
            }

            var first = h;
            while (first > sentence.Start && h - first < MaxAdjectives && IsAdjective(tokens[first - 1].Text, cues))
            {
                first--;
            }

            if (first == sentence.Start && !EntityGrouper.OfPlace(tokens[first].Text, language, cues, catalog))
            {
                first++;
            }

            // "des „Niederrhein-Kuriers“", "der „Mosel-Eifel-Kurier“": a hyphenated compound ending in the head, its first
            // part capitalised, is a paper's name alone.
            if (first == h && !Hyphenated(tokens[h].Text))
            {
                continue;
            }

            // "Frankfurter Allgemeine Zeitung": heads in a row are one name.
            var end = h + 1;
            while (end < sentence.End && char.IsUpper(tokens[end].Text[0]) && cues.IsMediaHead(tokens[end].Text.ToLowerInvariant()))
            {
                end++;
            }

            yield return new RawMention(tokens[first].Start, tokens[end - 1].End, "ORG");
            h = end - 1;
        }
    }

    private static bool Hyphenated(string word) =>
        word.IndexOf('-', StringComparison.Ordinal) is > 1 and var hyphen && hyphen < word.Length - 1 && char.IsUpper(word[0]) && char.IsUpper(word[hyphen + 1]);

    private static bool IsAdjective(string word, EntityCues cues) =>
        word.Length >= ShortestAdjective && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c == '-')
        && !cues.Determiners.Contains(word.ToLowerInvariant())
        && cues.InflectionEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
}
