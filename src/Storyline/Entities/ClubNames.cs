using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "SV Endert 1921", "TSV Hanse Lübeck", "1. FC Kaltenbruck 1908", "FC Schalke 04": a club's letters
/// (<c>[club-prefixes]</c>, as written: "VfB", "SpVgg"), with "1." before them, up to three capitalised words and one
/// founding year, whole or short, are one organisation. The tagger stops at the year or reads the letters alone. The name
/// ends at a common noun of the language's lexicon after its first word ("FC Bayern Trainer Kompany"); a longer name the
/// tagger read from the same letters stays.
/// </summary>
internal static class ClubNames
{
    private const int MaxWords = 3;

    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, (int Start, int End) sentence, EntityCues cues, NounLexicon nouns, IReadOnlyList<RawMention> mentions)
    {
        if (cues.ClubPrefixes.Count == 0)
        {
            yield break;
        }

        for (var i = sentence.Start; i < sentence.End - 1; i++)
        {
            var prefix = tokens[i].Text;
            if (!IsPrefix(prefix, cues))
            {
                continue;
            }

            var (last, numbered, named) = (i + 1, false, false);
            while (last < sentence.End && last - i <= MaxWords)
            {
                var word = tokens[last].Text;
                if (!numbered && Numbered(word))
                {
                    numbered = true;
                }
                else if (Named(word, cues) && (!named || !nouns.Lists(word)))
                {
                    named = true;
                }
                else
                {
                    break;
                }

                last++;
            }

            if (!named)
            {
                continue;
            }

            var (start, end) = (Ordinal(tokens, i) ?? tokens[i].Start, tokens[last - 1].End);
            // A longer name the tagger read from the same letters stays ("FC Bayern München": the lexicon lists the city); one it
            // ran on from a word before them does not ("Tabellenzweiten FC Eintracht Lohwiese").
            if (!mentions.Any(m => m.Start == start && m.End >= end))
            {
                yield return new RawMention(start, end, "ORG");
            }

            i = last - 1;
        }
    }

    /// <summary>A club's letters as written: a capital first and another inside ("FC", "VfB", "SpVgg"), never a plain word.</summary>
    public static bool IsPrefix(string word, EntityCues cues) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsUpper) && cues.ClubPrefixes.Contains(word.ToLowerInvariant());

    // "1. FC Kaltenbruck": the club's rank in its town's founding order opens the name; the start of "1." right before the
    // letters, or null. The sentence splitter may have ended a sentence at its full stop.
    private static int? Ordinal(IReadOnlyList<Token> tokens, int prefix)
    {
        var dot = prefix - 1;
        return dot >= 1 && tokens[dot].Text == "." && tokens[dot].End + 1 == tokens[prefix].Start
            && tokens[dot - 1].End == tokens[dot].Start && tokens[dot - 1].Text is { Length: 1 } digit && char.IsAsciiDigit(digit[0])
            ? tokens[dot - 1].Start
            : null;
    }

    private static bool Named(string word, EntityCues cues) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower) && word.All(c => char.IsLetter(c) || c == '-')
        && !cues.Titles.Contains(word.ToLowerInvariant());

    // A founding year ("1921", "TSV 1860 München") or its last two digits ("FC Schalke 04").
    private static bool Numbered(string word) =>
        word.Length is 2 or 4 && word.All(char.IsAsciiDigit);
}
