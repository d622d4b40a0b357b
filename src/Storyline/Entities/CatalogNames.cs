using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// Names the catalog knows that the tagger left alone ("dans le reste de l'Union européenne"): a known name of two
/// words or more, or a known organisation's acronym (ONU, OTAN), is a mention wherever it is written with its capitals.
/// Single known words are left to the tagger: too many are also common words (Nice, Split, Lage).
/// </summary>
internal static class CatalogNames
{
    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, string[] words, (int Start, int End) sentence, bool[] covered, NameCatalog catalog)
    {
        var segment = new ArraySegment<string>(words, sentence.Start, sentence.End - sentence.Start);
        var i = 0;
        while (i < segment.Count)
        {
            if (covered[sentence.Start + i] || catalog.Match(segment, i) is not { } match
                || Enumerable.Range(sentence.Start + i, match.Length).Any(k => k >= sentence.End || covered[k])
                || !(match.Length >= 2 || IsAcronym(segment[i], match)))
            {
                i++;
                continue;
            }

            var first = tokens[sentence.Start + i];
            var last = tokens[sentence.Start + i + match.Length - 1];
            yield return new RawMention(first.Start, last.End, Tagging.TagSet.ConllTypeOf(match.Name.Type));
            i += match.Length;
        }
    }

    private static bool IsAcronym(string word, NameMatch match) =>
        match.Name.Type == EntityType.Organisation && word.Length >= 2 && word.All(char.IsUpper);
}
