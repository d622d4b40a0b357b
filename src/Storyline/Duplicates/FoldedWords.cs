using System.Globalization;
using System.Text;

namespace Storyline.Duplicates;

/// <summary>A word of a text as compared for duplicates: where it is, and the hash of its folded form.</summary>
public readonly record struct FoldedWord(int Start, int Length, ulong Hash);

/// <summary>
/// The words of a text for comparing: runs of letters or of digits, folded (lower case, accents off) and hashed without
/// building a string per word, so that copies that differ in case, accents, punctuation, whitespace or markup read alike.
/// </summary>
public static class FoldedWords
{
    // Every UTF-16 unit's folded form, built once: lower case, and the base letter of a letter with marks (é → e, Ä → a).
    private static readonly char[] Folds = BuildFolds();

    public static List<FoldedWord> Of(string text)
    {
        var words = new List<FoldedWord>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = char.IsDigit(text[i]);
            var hash = Offset;
            while (i < text.Length && (digits ? char.IsDigit(text[i]) : char.IsLetter(text[i]) || IsMark(text[i])))
            {
                if (!IsMark(text[i]))
                {
                    hash = (hash ^ Folds[text[i]]) * Prime;
                }

                i++;
            }

            words.Add(new FoldedWord(start, i - start, Mix(hash)));
        }

        return words;
    }

    /// <summary>
    /// The folded form of one word, for the comparisons that need letters (cognates across languages): its first
    /// <paramref name="letters"/> folded letters at most, after <paramref name="prefix"/>, built as one string.
    /// </summary>
    public static string Text(string text, FoldedWord word, string prefix = "", int letters = int.MaxValue)
    {
        var length = prefix.Length + Math.Min(word.Length, letters);
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(buffer);
        var n = prefix.Length;
        foreach (var c in text.AsSpan(word.Start, word.Length))
        {
            if (n == length)
            {
                break;
            }

            if (!IsMark(c))
            {
                buffer[n++] = Folds[c];
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>A 64-bit finaliser (SplitMix64): every input bit moves every output bit, so hashes can be sampled by their low bits.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    // FNV-1a's 64-bit basis and prime; BilingualDictionaries hashes its concepts with them too.
    internal const ulong Offset = 14695981039346656037UL;
    internal const ulong Prime = 1099511628211UL;

    // No combining mark lies below U+0300, and most text is letters below it: the category is looked up only above.
    private static bool IsMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char[] BuildFolds()
    {
        var folds = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            folds[c] = lower;
            if (lower >= 128 && char.IsLetter(lower) && !char.IsSurrogate(lower))
            {
                var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
                if (decomposed.Length > 0 && decomposed[0] < 128)
                {
                    folds[c] = decomposed[0];
                }
            }
        }

        folds['ß'] = 's';
        return folds;
    }
}
