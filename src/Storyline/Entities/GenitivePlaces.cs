using Storyline.Entities.Names;
using Storyline.Entities.Names.Building;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Frankreichs Regierung", "Niedersachsens Kommunen", "die Polizei Hessens und Thüringens": where the language has a noun
/// lexicon, a capitalised word that is a country's or a first-level subdivision's name the language writes, plus a
/// genitive ending (<c>[genitive-endings]</c>), is that place wherever it stands, a sentence's first word too. The tagger,
/// used to German capitals, takes it for the noun it governs or for nothing; the catalog knows it only without the
/// ending. A word the lexicon lists as a noun in that very form ("Essens") is left alone.
/// </summary>
internal static class GenitivePlaces
{
    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, (int Start, int End) sentence, bool[] covered, NameCatalog catalog, string language, EntityCues cues, NounLexicon nouns)
    {
        if (nouns.IsEmpty || cues.GenitiveEndings.Count == 0)
        {
            yield break;
        }

        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var word = tokens[i].Text;
            if (covered[i] || word.Length < 4 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || nouns.Lists(word))
            {
                continue;
            }

            foreach (var ending in cues.GenitiveEndings)
            {
                if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal)
                    && catalog.LocalPlace(word, language, GazetteerBuilder.SubdivisionRank) is null
                    && catalog.LocalPlace(word[..^ending.Length], language, GazetteerBuilder.SubdivisionRank) is not null)
                {
                    yield return new RawMention(tokens[i].Start, tokens[i].End, Tagging.TagSet.ConllTypeOf(EntityType.Place));
                    break;
                }
            }
        }
    }
}
