using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Ámsterdam y Barcelona", "Bergamo e Ravenna", "dal Veneto alla Sardegna": two names the tagger read as one across a
/// lower-case conjunction or preposition. Where the catalog knows both sides, each is a name of its own of the type the
/// catalog gives ("Procter and Gamble", "Marks and Spencer" are left whole: the catalog knows neither side).
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
        var surface = text[m.Start..m.End];
        var offset = 0;
        foreach (var word in surface.Split(' '))
        {
            if (offset > 0 && word.Length > 0 && offset + word.Length + 1 < surface.Length && char.IsLower(word[0])
                && (cues.Conjunctions.Contains(word) || cues.Prepositions.Contains(word)))
            {
                var (left, right) = (surface[..(offset - 1)], surface[(offset + word.Length + 1)..]);
                if (right.Length > 0 && catalog.Resolve(left, language) is { } a && catalog.Resolve(right, language) is { } b)
                {
                    return
                    [
                        new RawMention(m.Start, m.Start + left.Length, Tagging.TagSet.ConllTypeOf(a.Type)),
                        new RawMention(m.End - right.Length, m.End, Tagging.TagSet.ConllTypeOf(b.Type)),
                    ];
                }
            }

            offset += word.Length + 1;
        }

        return null;
    }
}
