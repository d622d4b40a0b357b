using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "die GDZL", "la SNCF", "the NRF": a word of two to five capital letters that nothing else named is an organisation's
/// initials, the commonest kind of name the tagger leaves alone (it learnt from Wikipedia, where initials come spelt out).
/// Not the acronyms that name things rather than bodies (<c>[common-acronyms]</c>: KI, PIB, IPO, CEO), not one beside a
/// number (a unit or a currency: "500 MW", "USD 40") or beside another word in capitals ("CHIEF EXECUTIVE"), not Roman
/// numerals, and not in a sentence written in capitals. Initials with one small letter ("AfD") where the catalog knows them.
/// </summary>
internal static class AcronymNames
{
    private const int MinLetters = 2;

    private const int MaxLetters = 5;

    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, (int Start, int End) sentence, bool[] covered, IReadOnlyList<RawMention> named, EntityCues cues, Func<string, bool> knownOrganisation)
    {
        if (Shouting(tokens, sentence))
        {
            yield break;
        }

        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var token = tokens[i];
            if (covered[i] || !(IsInitials(token.Text) || (IsMixedInitials(token.Text) && knownOrganisation(token.Text))) || NamesAThing(token.Text, cues) || IsRoman(token.Text)
                || Numeric(tokens, i - 1, sentence) || Numeric(tokens, i + 1, sentence)
                || Shouted(tokens, i - 1, sentence) || Shouted(tokens, i + 1, sentence)
                || named.Any(m => m.Start < token.End && token.Start < m.End))
            {
                continue;
            }

            yield return new RawMention(token.Start, token.End, "ORG");
        }
    }

    /// <summary>
    /// "Die GHD kündigte … an": initials the tagger took as a name of no type (MISC) are a body's too, for the same reason,
    /// unless they name a thing or the catalog knows them.
    /// </summary>
    public static List<RawMention> Typed(List<RawMention> mentions, string text, EntityCues cues, Func<string, bool> known) =>
        mentions.Select(m => m.ConllType == "MISC" && text[m.Start..m.End] is var surface && IsInitials(surface) && !NamesAThing(surface, cues)
            && !IsRoman(surface) && !known(surface) ? m with { ConllType = "ORG" } : m).ToList();

    // "AfD", "BfV": initials with one small letter inside, a preposition's or article's, named so only where the catalog
    // knows them as an organisation; alone that shape is as often a thing ("IoT") or a title ("PhD").
    private static bool IsMixedInitials(string word) =>
        word.Length is > MinLetters and <= MaxLetters && word.All(char.IsLetter) && char.IsUpper(word[0]) && char.IsUpper(word[^1])
        && word.Count(char.IsLower) == 1;

    /// <summary>A word of two to five capital letters, as initials are written ("GDZL", "SNCF").</summary>
    public static bool IsInitials(string word) => word.Length is >= MinLetters and <= MaxLetters && word.All(char.IsUpper);

    /// <summary>Initials the language lists as naming a thing, a title or a unit ("KI", "IPO"), never a body.</summary>
    public static bool NamesAThing(string word, EntityCues cues) => word.All(char.IsUpper) && cues.CommonAcronyms.Contains(word.ToLowerInvariant());

    private static bool IsRoman(string word) => word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    private static bool Numeric(IReadOnlyList<Token> tokens, int i, (int Start, int End) sentence) =>
        i >= sentence.Start && i < sentence.End && tokens[i].Text.Any(char.IsDigit);

    /// <summary>"CHIEF EXECUTIVE Marit Olsen": words in capitals side by side are emphasis, not initials.</summary>
    private static bool Shouted(IReadOnlyList<Token> tokens, int i, (int Start, int End) sentence) =>
        i >= sentence.Start && i < sentence.End && tokens[i].Text.Length >= MinLetters && tokens[i].Text.All(char.IsUpper);

    /// <summary>A headline or a text in capitals: there every word looks like initials.</summary>
    private static bool Shouting(IReadOnlyList<Token> tokens, (int Start, int End) sentence)
    {
        int upper = 0, letters = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            foreach (var c in tokens[i].Text)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }
            }
        }

        return upper * 2 > letters;
    }
}
