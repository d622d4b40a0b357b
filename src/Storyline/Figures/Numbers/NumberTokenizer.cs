namespace Storyline.Figures.Numbers;

/// <summary>
/// Cuts text into the items the phrase parser reads: numerals (valued by <see cref="DigitNumeralReader"/>), number
/// words (entries of several words first, then German-style compounds split into their parts), spaced scale suffixes
/// and other words. One pass, left to right: each character is looked at a bounded number of times.
/// </summary>
internal static class NumberTokenizer
{
    // A word longer than this is not split into number words ("Zweihundertachtundneunzigtausend..." is 60 letters at
    // most in real text); it bounds the compound splitter on junk.
    private const int MaxCompoundLength = 80;

    public static List<NumberItem> Tokenize(string text, NumberLexicon lexicon)
    {
        var items = new List<NumberItem>();
        var numerals = new List<NumberItem>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (StartsNumeral(text, i, lexicon))
            {
                numerals.Clear();
                var end = DigitNumeralReader.Read(text, i, lexicon, numerals);
                foreach (var numeral in numerals)
                {
                    Add(items, text, numeral);
                }

                i = Math.Max(end, i + 1);
            }
            else if (DigitNumeralReader.IsFractionGlyph(c, out var glyph))
            {
                Add(items, text, new NumberItem(NumberItemKind.Numeral, i, i + 1, glyph, null, null, false, NumeralForm.Fraction));
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, lexicon, items);
            }
            else
            {
                i++;
            }
        }

        return items;
    }

    private static bool StartsNumeral(string text, int i, NumberLexicon lexicon)
    {
        var c = text[i];
        if (DigitNumeralReader.IsDigit(c))
        {
            return true;
        }

        // A sign or a leading decimal mark counts only where a word or number does not go on ("-4", ".5"; not "SCP-173", "3-2").
        var free = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        if (!free || i + 1 >= text.Length)
        {
            return false;
        }

        var next = text[i + 1];
        if (c == lexicon.DefaultDecimal)
        {
            return DigitNumeralReader.IsDigit(next);
        }

        return DigitNumeralReader.IsMinus(c)
            && (DigitNumeralReader.IsDigit(next) || (next == lexicon.DefaultDecimal && i + 2 < text.Length && DigitNumeralReader.IsDigit(text[i + 2])));
    }

    private static int ReadWord(string text, int start, NumberLexicon lexicon, List<NumberItem> items)
    {
        var end = WordEnd(text, start);
        var original = text[start..end];

        // A spaced suffix belongs to the numeral before it ("2.33 k", "1,5 Mio"); its case is its meaning.
        if (items.Count > 0 && items[^1].Kind == NumberItemKind.Numeral && OnlySpaces(text, items[^1].End, start)
            && Suffix(text, original, end, lexicon) is { } found && !found.Suffix.GluedOnly && !found.Suffix.AfterCurrency)
        {
            Add(items, text, new NumberItem(NumberItemKind.Suffix, start, found.End, found.Suffix.Value, null, original, false, NumeralForm.None));
            return found.End;
        }

        var lower = original.ToLowerInvariant();
        if (LongestEntry(text, start, end, lower, lexicon) is { } entry)
        {
            Add(items, text, new NumberItem(NumberItemKind.Word, start, entry.End, entry.Word.Value, entry.Word, lower, false, NumeralForm.None));
            return entry.End;
        }

        if (lower.Length <= MaxCompoundLength && lexicon.Split(lower) is { } parts)
        {
            foreach (var (offset, length, word) in parts)
            {
                Add(items, text, new NumberItem(NumberItemKind.Word, start + offset, start + offset + length, word.Value, word, null, false, NumeralForm.None));
            }

            return end;
        }

        Add(items, text, new NumberItem(NumberItemKind.Other, start, end, 0, null, lower, false, NumeralForm.None));
        return end;
    }

    /// <summary>A suffix as written, with its abbreviation dot when the data lists one ("3 Mrd.", "1,5 Mio.").</summary>
    public static (ScaleSuffix Suffix, int End)? Suffix(string text, string letters, int end, NumberLexicon lexicon)
    {
        if (end < text.Length && text[end] == '.' && lexicon.Suffixes.TryGetValue(letters + ".", out var dotted))
        {
            return (dotted, end + 1);
        }

        return lexicon.Suffixes.TryGetValue(letters, out var suffix) ? (suffix, end) : null;
    }

    /// <summary>The longest entry that starts with this word, over the next words joined by spaces or hyphens ("quatre-vingt-dix").</summary>
    private static (int End, NumberWord Word)? LongestEntry(string text, int start, int end, string lower, NumberLexicon lexicon)
    {
        (int, NumberWord)? best = lexicon.Word(lower) is { } single ? (end, single) : null;
        var key = lower;
        var p = end;
        for (var parts = 2; parts <= lexicon.MaxWordParts; parts++)
        {
            var next = p;
            while (next < text.Length && (text[next] == ' ' || text[next] == '-') && next - p < 3)
            {
                next++;
            }

            if (next == p || next >= text.Length || !char.IsLetter(text[next]))
            {
                break;
            }

            var nextEnd = WordEnd(text, next);
            key = key + " " + text[next..nextEnd].ToLowerInvariant();
            p = nextEnd;
            if (lexicon.Word(key) is { } word)
            {
                best = (p, word);
            }
        }

        return best;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            end++;
        }

        return end;
    }

    private static void Add(List<NumberItem> items, string text, NumberItem item)
    {
        var joined = items.Count > 0 && Joins(text, items[^1].End, item.Start);
        items.Add(item with { Joined = joined });
    }

    /// <summary>Only spaces and at most one hyphen between two items ("twenty-one", "fifty - two", "drei hundert").</summary>
    private static bool Joins(string text, int from, int to)
    {
        var hyphens = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '-' or '\u2010' or '\u2011')
            {
                hyphens++;
            }
            else if (!char.IsWhiteSpace(c) || c is '\n' or '\r')
            {
                return false;
            }
        }

        return hyphens <= 1;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return to > from;
    }
}
