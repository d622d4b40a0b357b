using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "quai Perrache", "gare de l'Est", "via Toffetti", "calle de Alcalá": where a street's or a station's kind is written
/// small before its name (<c>[street-cues]</c>, French, Italian, Spanish), the kind, a link ("de", "della"), articles and
/// up to three capitalised words are one place. The tagger finds the name alone or nothing. Not a place the catalog knows
/// right after the kind ("via Milano" is a way through Milan).
/// </summary>
internal static class StreetNames
{
    private const int MaxWords = 3;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, IReadOnlyList<string> words, (int Start, int End) sentence, EntityCues cues, NameCatalog catalog)
    {
        var kinds = cues.StreetCues;
        if (kinds.Count == 0)
        {
            yield break;
        }

        for (var c = sentence.Start; c < sentence.End - 1; c++)
        {
            if (!kinds.Contains(tokens[c].Text))
            {
                continue;
            }

            var k = c + 1;
            if (cues.BodyLinks.Contains(tokens[k].Text) && !cues.Prepositions.Contains(tokens[k].Text))
            {
                k++;
            }

            while (k < sentence.End && (cues.Determiners.Contains(tokens[k].Text) || MentionCleaner.IsElision(tokens[k].Text.ToLowerInvariant(), cues)))
            {
                k++;
            }

            var end = k;
            while (end < sentence.End && end - k < MaxWords && IsNameWord(end == k ? WithoutElision(tokens[end].Text, cues) : tokens[end].Text))
            {
                end++;
            }

            // "via Milano", "passe via Lyon": a place the catalog knows right after the kind is a way through it; after a
            // link it is the street's or station's name ("gare de l'Est").
            if (end == k || (k == c + 1 && catalog.Match(words, k) is { } known && known.Length == end - k))
            {
                continue;
            }

            yield return new RawMention(tokens[c].Start, tokens[end - 1].End, "LOC");
            c = end - 1;
        }
    }

    // "l'Est" written as one token: the name after the elided article.
    private static string WithoutElision(string word, EntityCues cues)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && MentionCleaner.IsElision(word[..(apostrophe + 1)].ToLowerInvariant(), cues) ? word[(apostrophe + 1)..] : word;
    }

    // "Perrache", "Champs-Élysées", "Est": a capitalised word with a small letter after its first.
    private static bool IsNameWord(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
}
