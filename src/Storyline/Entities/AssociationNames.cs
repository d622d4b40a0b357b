using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "die Bürgerinitiative Lebendiger Grünten", "vom Bündnis Freie Höfe", "der Verein Deutscher Ingenieure": where nouns are
/// capitalised, an adjective is capitalised inside a sentence only as part of a name, so an association's noun
/// (<c>[association-cues]</c>) followed by a capitalised adjective and the noun it goes with opens that association's name,
/// whatever the tagger read there (a mountain, a town, nothing). Words after the noun that the lexicon does not list go on
/// with the name ("Klares Wasser Lausitz"); a lexicon noun after it starts the sentence's own words again.
/// </summary>
internal static class AssociationNames
{
    private const int ShortestAdjective = 4;
    private const int MostPlaces = 2;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, EntityCues cues, NounLexicon nouns)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            yield break;
        }

        for (var j = sentence.Start + 1; j + 2 < sentence.End; j++)
        {
            var head = tokens[j].Text;
            if (!char.IsUpper(head[0]) || !cues.IsAssociation(head) || !Adjacent(tokens, j) || !IsAdjective(tokens[j + 1].Text, cues, nouns))
            {
                continue;
            }

            // Adjectives in a row, then the noun they go with.
            var k = j + 1;
            while (k + 1 < sentence.End && Adjacent(tokens, k) && IsAdjective(tokens[k + 1].Text, cues, nouns))
            {
                k++;
            }

            // The last word read as an adjective is the noun where no name word follows ("Lebendiger Grünten begrüßte").
            if (k + 1 < sentence.End && Adjacent(tokens, k) && IsNameWord(tokens[k + 1].Text, cues))
            {
                k++;
            }
            else if (k == j + 1 || !IsNameWord(tokens[k].Text, cues))
            {
                continue;
            }

            for (var places = 0; places < MostPlaces && k + 1 < sentence.End && Adjacent(tokens, k)
                && IsNameWord(tokens[k + 1].Text, cues) && !nouns.Lists(tokens[k + 1].Text); places++)
            {
                k++;
            }

            yield return new RawMention(tokens[j].Start, tokens[k].End, "ORG");
            j = k;
        }
    }

    private static bool Adjacent(IReadOnlyList<Token> tokens, int k) => tokens[k].End + 1 == tokens[k + 1].Start;

    // "Lebendiger", "Freie", "Deutscher": capitalised, ending as adjectives do, and no noun the lexicon lists nor a word of
    // the language's small closed classes ("Diese", "Unsere").
    private static bool IsAdjective(string word, EntityCues cues, NounLexicon nouns)
    {
        var lower = word.ToLowerInvariant();
        return word.Length >= ShortestAdjective && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
            && cues.InflectionEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))
            && !nouns.Lists(word) && !cues.Determiners.Contains(lower) && !cues.PossessiveDeterminers.Contains(lower)
            && !cues.Quantifiers.Contains(lower) && !cues.Prepositions.Contains(lower) && !cues.Titles.Contains(lower);
    }

    private static bool IsNameWord(string word, EntityCues cues) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c == '-')
        && !cues.Determiners.Contains(word.ToLowerInvariant()) && !cues.Prepositions.Contains(word.ToLowerInvariant());
}
