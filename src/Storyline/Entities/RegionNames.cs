using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "in der Eifel", "im Allgäu", "an der Iller": where the language has a noun lexicon, one capitalised word that no other
/// mention covers, right after a preposition fused with its article or followed by one (<c>[region-openers]</c>), is a
/// place when it is no common noun: the lexicon lists neither the word nor, for a compound, its last part ("im
/// Vorjahresvergleich" ends in "Vergleich"). Regions, mountains and rivers are in no package's gazetteer, and the tagger
/// misses them as often as it finds them. A capitalised word right after it makes it part of a longer name, and a hyphen
/// glued to it part of a compound ("im Fern- und Regionalverkehr"); both are left alone.
/// </summary>
internal static class RegionNames
{
    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, bool[] covered, EntityCues cues, NounLexicon nouns)
    {
        if (nouns.IsEmpty || cues.RegionOpeners.Count == 0)
        {
            yield break;
        }

        for (var i = sentence.Start + 1; i < sentence.End; i++)
        {
            var word = tokens[i].Text;
            if (covered[i] || word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || !Opened(tokens, sentence.Start, i, cues)
                || (i + 1 < sentence.End && (char.IsUpper(tokens[i + 1].Text[0]) || Suspended(tokens[i], tokens[i + 1]))) || nouns.ListsAsNoun(word))
            {
                continue;
            }

            yield return new RawMention(tokens[i].Start, tokens[i].End, "LOC");
        }
    }

    // "im Fern- und Regionalverkehr": a word whose hyphen waits for the end of a later compound is part of that compound.
    private static bool Suspended(Token word, Token next) => next.Text == "-" && next.Start == word.End;

    // Whether an opener of one word ("im") or two ("in der") ends right before token i.
    private static bool Opened(IReadOnlyList<Token> tokens, int first, int i, EntityCues cues) =>
        cues.RegionOpeners.Contains(tokens[i - 1].Text.ToLowerInvariant())
        || (i - 2 >= first && cues.RegionOpeners.Contains($"{tokens[i - 2].Text.ToLowerInvariant()} {tokens[i - 1].Text.ToLowerInvariant()}"));
}
