using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// A word written like a brand, a capital first and two capitals after a small letter inside (ChatGPT, BioNTech, CeBIT;
/// <see cref="ProductShape.Brand"/>), is a name though the tagger saw none: no common word of any language is written so,
/// and the models, trained on Wikipedia before such names were common, read "le créateur de ChatGPT" as no name at all.
/// It is a thing (MISC) here, which the grouper types by its shape and its neighbours (a product, unless it speaks or is
/// listed with organisations). Not where the article names it elsewhere: the spreader carries that reading.
/// Words opening in a small letter stay out: "mRNA", "kWh" and "e.V." are written so too.
/// </summary>
internal static class BrandNames
{
    // "OpenAI": shorter ones ("AfD", "VfB") are initials with a small letter inside.
    private const int ShortestBrand = 5;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, bool[] covered, IReadOnlyList<RawMention> mentions, string text)
    {
        var named = mentions.Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (!covered[i] && word.Length >= ShortestBrand && char.IsUpper(word[0]) && word.All(char.IsLetterOrDigit)
                && ProductShape.Brand(word) && !named.Contains(word))
            {
                yield return new RawMention(tokens[i].Start, tokens[i].End, "MISC");
            }
        }
    }
}
