using Storyline.Entities.Names;
using Storyline.Text;

namespace Storyline.Entities;

/// <summary>
/// Places named in text written without spaces (Chinese, Japanese, Thai; <see cref="UnspacedScripts"/>). There a whole
/// clause is one token, so neither the tagger, trained on other scripts, nor the catalog's word matching sees a name in it.
/// The catalog's places written so in the article's language are read off the characters instead, left to right and
/// longest first ("美国参议院" holds 美国, the United States; "ロンドンデリー" is Londonderry, not London). A place must be a
/// country, a region, a first-level subdivision (巴伐利亚, Bavaria) or a city of at least
/// <see cref="CatalogNames.SingleWordRank"/> people; a name of two characters, often a word as well (汉堡 is Hamburg and a
/// hamburger), must be a country, a region or a city of a million.
/// </summary>
internal static class UnspacedNames
{
    private const int LongestName = 12;
    private const long TwoCharacterRank = 1_000_000;

    public static IEnumerable<RawMention> Find(string text, NameCatalog catalog, string language)
    {
        var place = Tagging.TagSet.ConllTypeOf(EntityType.Place);
        var i = 0;
        while (i < text.Length)
        {
            if (!UnspacedScripts.Contains(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && UnspacedScripts.Contains(text[runEnd]))
            {
                runEnd++;
            }

            while (i < runEnd)
            {
                // The longest place of any size is read first, so that a small one's characters are not taken for a larger
                // one inside it: ロンドンデリー is Londonderry, too small to be named alone, not London.
                var name = Longest(text, i, runEnd, catalog, language);
                if (name is null)
                {
                    i++;
                    continue;
                }

                if (catalog.LocalPlace(name, language, name.Length == 2 ? TwoCharacterRank : CatalogNames.SingleWordRank) is not null)
                {
                    yield return new RawMention(i, i + name.Length, place);
                }

                i += name.Length;
            }
        }
    }

    // The longest place of any size the catalog knows written so from text[start] on, or null.
    private static string? Longest(string text, int start, int runEnd, NameCatalog catalog, string language)
    {
        for (var length = Math.Min(LongestName, runEnd - start); length >= 2; length--)
        {
            var name = text.Substring(start, length);
            if (catalog.LocalPlace(name, language, 0) is not null)
            {
                return name;
            }
        }

        return null;
    }
}
