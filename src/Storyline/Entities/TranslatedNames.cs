using Storyline.Entities.Names;
using Storyline.Quotes.Statements;

namespace Storyline.Entities;

/// <summary>
/// Whether two organisation names of articles in different languages are one name translated: word for word, the
/// capitalised words agree, each the same or the same word with another ending (Musée Larrañaga = Museo Larrañaga =
/// Museum Larrañaga, Banque de France = Bank of France; <see cref="Cognates.NameStem"/>), at least one the same as
/// written and one not. The small words between them (de, of, di) are each language's own and are left aside; a name
/// translated otherwise ("Landgericht Hamburg", "Hamburg Regional Court") needs the alias table.
/// </summary>
internal static class TranslatedNames
{
    public static bool Same(string a, string b)
    {
        var (wordsA, wordsB) = (Words(a), Words(b));
        if (wordsA.Count < 2 || wordsA.Count != wordsB.Count)
        {
            return false;
        }

        var unmatched = wordsB.ToList();
        var same = 0;
        foreach (var word in wordsA)
        {
            var i = unmatched.FindIndex(w => w == word);
            if (i >= 0)
            {
                same++;
            }
            else
            {
                i = unmatched.FindIndex(w => Cognates.NameStem(word, w));
            }

            if (i < 0)
            {
                return false;
            }

            unmatched.RemoveAt(i);
        }

        return same > 0 && same < wordsA.Count;
    }

    /// <summary>The name's capitalised words, folded (case and accents aside): what <see cref="Same"/> pairs.</summary>
    public static List<string> Words(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(NameFolding.Fold).ToList();
}
