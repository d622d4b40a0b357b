using System.Globalization;

namespace Storyline.Entities.Tokens;

/// <summary>
/// Splits text into word and punctuation tokens with their offsets, the way the CoNLL-style training data is split:
/// hyphenated compounds stay one token (the entity stage looks inside them), an elided article is its own token
/// (l' + OpenAI), an English possessive is its own token (Altman + 's), numbers keep their separators (6,6 and 1.800).
/// Linear in the length of the text; never throws on any input.
/// </summary>
public sealed class Tokenizer(IReadOnlySet<string> elisions)
{
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (IsPossessive(text, i))
            {
                tokens.Add(new Token(text.Substring(i, 2), i));
                i += 2;
                continue;
            }

            if (!IsWordChar(text, i))
            {
                var width = char.IsSurrogatePair(text, i) ? 2 : 1;
                tokens.Add(new Token(text.Substring(i, width), i));
                i += width;
                continue;
            }

            i = ReadWord(text, i, tokens);
        }

        return tokens;
    }

    private int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length)
        {
            if (IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }

            var c = text[i];
            var next = i + 1 < text.Length && IsWordChar(text, i + 1);
            if (!next)
            {
                break;
            }

            if (IsApostrophe(c))
            {
                var before = text[start..i];
                if (elisions.Contains(before.ToLowerInvariant()))
                {
                    tokens.Add(new Token(text[start..(i + 1)], start));
                    return i + 1;
                }

                // A possessive 's (Altman's) is its own token; other apostrophes stay inside the word (O'Brien, don't).
                if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !IsWordChar(text, i + 2)))
                {
                    break;
                }

                i++;
                continue;
            }

            // Hyphens join compounds (OpenAI-CEO); dots and commas join digits (6,6 / 1.800) and initialisms (U.S.).
            var joins = c switch
            {
                '-' or '\u2010' or '\u2011' => true,
                '.' or ',' => char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            i++;
        }

        // An initialism keeps its final dot: "U.S." but not "Paris."
        if (i < text.Length && text[i] == '.' && i - start >= 1 && IsInitialism(text, start, i))
        {
            tokens.Add(new Token(text[start..(i + 1)], start));
            return ReadInitialismTail(text, i + 1, tokens);
        }

        // A middle initial keeps its dot, as the training data writes it: "Laurence H. Tribe", "J. K. Rowling".
        if (IsNameInitial(text, start, i, tokens))
        {
            tokens.Add(new Token(text[start..(i + 1)], start));
            return i + 1;
        }

        tokens.Add(new Token(text[start..i], start));
        return i;
    }

    // One capital letter and a dot before a capitalised word, after a capitalised word or an initial ("Laurence H. Tribe",
    // "J. K. Rowling") or before another initial ("J. K."). Not "plan b." nor "B." before a lower-case word.
    private static bool IsNameInitial(string text, int start, int dot, List<Token> tokens)
    {
        if (dot - start != 1 || !char.IsUpper(text[start]) || dot + 2 >= text.Length || text[dot] != '.' || text[dot + 1] != ' ' || !char.IsUpper(text[dot + 2]))
        {
            return false;
        }

        var previous = tokens.Count > 0 && tokens[^1].End == start - 1 ? tokens[^1].Text : "";
        var afterName = previous.Length > 1 && char.IsUpper(previous[0])
            && (previous.Skip(1).All(char.IsLower) || (previous.Length == 2 && previous[1] == '.'));
        var beforeInitial = dot + 3 < text.Length && text[dot + 3] == '.';
        return afterName || beforeInitial;
    }

    // "U.S." is read as "U" + ".S" + "."; join single letters separated by dots into one token.
    private static int ReadInitialismTail(string text, int i, List<Token> tokens)
    {
        // "S.p.A.", "N.V.": a letter and its dot join while another letter and dot follow or the word ends.
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.'
            && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]) || (i + 3 < text.Length && text[i + 3] == '.')))
        {
            var last = tokens[^1];
            tokens[^1] = new Token(text[last.Start..(i + 2)], last.Start);
            i += 2;
        }

        return i;
    }

    // The 's of "Altman's", read after the name it follows.
    private static bool IsPossessive(string text, int i) =>
        IsApostrophe(text[i]) && i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !IsWordChar(text, i + 2));

    // "U.S.", "S.p.A.", and "e.V." (eingetragener Verein), whose small first letter a capital follows: read apart, its
    // dots cut the sentence inside the name ("Klar & Fair e" | "V.").
    private static bool IsInitialism(string text, int start, int dot) =>
        dot - start == 1 && dot + 2 < text.Length && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.'
        && (char.IsUpper(text[start]) || (char.IsLower(text[start]) && char.IsUpper(text[dot + 1])));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsWordChar(string text, int i)
    {
        var category = char.GetUnicodeCategory(text, i);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
