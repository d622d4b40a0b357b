using System.Globalization;

namespace Storyline.Figures.Numbers;

/// <summary>
/// Reads numbers written in digits in any local format: runs of digits with the separators between them, decided by a
/// general rule (see <see cref="Interpret"/>), then an exponent, a power of ten, a slash fraction or a scale suffix.
/// The signs, exponent marks and Unicode fractions are script facts, not language facts, so they are code here; which
/// separator means what in which language is data (<see cref="NumberLexicon"/>).
/// </summary>
internal static class DigitNumeralReader
{
    // No real number has more groups than this (12 groups of three digits is 10^36); it bounds the prefix search so
    // that a run like "1.1.1.1..." of any length stays linear.
    private const int MaxRuns = 12;

    // Slash fractions are short ("1/2", "3/4", "2 1/4"): longer ones are dates, scores or phone numbers ("2222/2222").
    private const int MaxFractionDigits = 3;

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsMinus(char c) => c is '-' or '\u2212';

    /// <summary>A Unicode vulgar fraction ("½", "⅔"), with its value.</summary>
    public static bool IsFractionGlyph(char c, out double value)
    {
        value = char.GetNumericValue(c);
        return char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && value is > 0 and < 1;
    }

    /// <summary>Reads the numerals that start at <paramref name="start"/> into <paramref name="items"/>; returns where reading stopped.</summary>
    public static int Read(string text, int start, NumberLexicon lexicon, List<NumberItem> items)
    {
        var glued = start > 0 && char.IsLetter(text[start - 1]);
        var p = start;
        var negative = false;
        if (IsMinus(text[p]))
        {
            negative = true;
            p++;
        }

        var runs = new List<(char Separator, int Start, int Length)>();
        if (!IsDigit(text[p]))
        {
            // A leading decimal mark (".08", French ",08"): an empty whole part, then the mark and its digits.
            runs.Add(('\0', p, 0));
            var fractionStart = ++p;
            while (p < text.Length && IsDigit(text[p]))
            {
                p++;
            }

            runs.Add((text[fractionStart - 1], fractionStart, p - fractionStart));
        }
        else
        {
            var runStart = p;
            while (p < text.Length && IsDigit(text[p]))
            {
                p++;
            }

            runs.Add(('\0', runStart, p - runStart));
        }

        while (p + 1 < text.Length && IsSeparator(text[p], lexicon) && IsDigit(text[p + 1]))
        {
            var separator = text[p];
            var runEnd = p + 1;
            while (runEnd < text.Length && IsDigit(text[runEnd]))
            {
                runEnd++;
            }

            // A separator that only groups (a space, an apostrophe) joins nothing but three digits: "2 1/4" is two numbers.
            if (!lexicon.DecimalSeparators.Contains(separator) && runEnd - p - 1 != 3)
            {
                break;
            }

            runs.Add((separator, p + 1, runEnd - p - 1));
            p = runEnd;
        }

        // A separator that comes back more than once groups digits or is no separator at all ("192.168.1.2"):
        // never a decimal mark in this stretch.
        var repeated = runs.Skip(1).GroupBy(r => r.Separator).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var found = new List<NumberItem>();
        var at = 0;
        var lastUsed = 1;
        while (at < runs.Count)
        {
            var used = 1;
            for (var k = Math.Min(MaxRuns, runs.Count - at); k > 1; k--)
            {
                if (Interpret(runs, at, k, lexicon, repeated) is not null)
                {
                    used = k;
                    break;
                }
            }

            var decimalAt = Interpret(runs, at, used, lexicon, repeated) ?? -1;
            var first = runs[at];
            var itemStart = at == 0 ? start : first.Start;
            var last = runs[at + used - 1];
            var end = last.Start + last.Length;
            var value = Value(text, runs, at, used, decimalAt);
            var form = decimalAt <= 0 ? NumeralForm.Integer : NumeralForm.None;
            if (at == 0 && negative)
            {
                value = -value;
            }

            found.Add(new NumberItem(NumberItemKind.Numeral, itemStart, end, value, null, null, false, form));
            at += used;
            lastUsed = used;
        }

        var tail = found[^1];
        var stop = ReadTail(text, tail.End, lexicon, ref tail, lastUsed == 1 && runs[^1].Length > 0 && runs[0].Length > 0);
        if (stop < 0)
        {
            // Digits written against letters ("180ml", "4th", "mp3") are part of a word, not a number.
            found.RemoveAt(found.Count - 1);
            stop = -stop;
        }
        else
        {
            found[^1] = tail;
        }

        if (!glued)
        {
            items.AddRange(found.Where(i => double.IsFinite(i.Value)));
        }

        return stop;
    }

    private static bool IsSeparator(char c, NumberLexicon lexicon) =>
        lexicon.GroupSeparators.Contains(c) || lexicon.DecimalSeparators.Contains(c);

    /// <summary>
    /// Whether runs[at..at+count) form one number, and where its decimal mark is (an index into runs, 0 for none).
    /// One separator before exactly three digits takes the language's default (English "1,800" is 1800, "4.800" is
    /// 4.8; German "4.800" is 4800); before any other count it is a decimal mark ("6,6", "$6.6bn"). A repeated
    /// separator groups (all groups of three, or the Indian 2-2-3); a different last separator is the decimal mark.
    /// </summary>
    private static int? Interpret(List<(char Separator, int Start, int Length)> runs, int at, int count, NumberLexicon lexicon, HashSet<char> repeated)
    {
        if (count == 1)
        {
            return 0;
        }

        var decimals = lexicon.DecimalSeparators;
        var groups = lexicon.GroupSeparators;
        var lastSeparator = runs[at + count - 1].Separator;
        var lastIsDecimal = decimals.Contains(lastSeparator) && !repeated.Contains(lastSeparator);
        if (count == 2)
        {
            var single = runs[at + 1];
            var leadLength = runs[at].Length;
            var grouping = single.Length == 3 && leadLength is >= 1 and <= 3 && groups.Contains(single.Separator)
                && (single.Separator != lexicon.DefaultDecimal || repeated.Contains(single.Separator));
            return grouping ? 0 : lastIsDecimal && (leadLength > 0 || single.Separator == lexicon.DefaultDecimal) ? 1 : null;
        }

        if (Groups(runs, at, count, groups.Contains(runs[at + 1].Separator)))
        {
            return 0;
        }

        // Two different separators: the last is the decimal mark and the first groups, whatever the language's
        // default ("1.111,11" and "1,111.11" in one English text).
        return lastSeparator != runs[at + 1].Separator && lastIsDecimal && Groups(runs, at, count - 1, true) ? count - 1 : null;

        static bool Groups(List<(char Separator, int Start, int Length)> r, int from, int n, bool grouping)
        {
            var separator = r[from + 1].Separator;
            if (!grouping || r[from].Length is < 1 or > 3 || r[from + n - 1].Length != 3)
            {
                return false;
            }

            var middle = r[from + 1].Length;
            for (var i = from + 1; i < from + n; i++)
            {
                if (r[i].Separator != separator || (i < from + n - 1 && r[i].Length != middle) || r[i].Length is not (2 or 3))
                {
                    return false;
                }
            }

            return middle == 3 || r[from].Length <= 2;
        }
    }

    private static double Value(string text, List<(char Separator, int Start, int Length)> runs, int at, int count, int decimalAt)
    {
        var length = count + runs.Skip(at).Take(count).Sum(r => r.Length);
        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var n = 0;
        for (var i = at; i < at + count; i++)
        {
            if (decimalAt > 0 && i == at + decimalAt)
            {
                buffer[n++] = '.';
            }

            text.AsSpan(runs[i].Start, runs[i].Length).CopyTo(buffer[n..]);
            n += runs[i].Length;
        }

        return n > 0 && double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
    }

    /// <summary>
    /// What follows the last numeral: an exponent ("1e10", "1.3x10^6", "2.5^-1"), a slash fraction ("3/4"), a fraction
    /// glyph ("2½") or a scale suffix ("10k"). Returns the end of the numeral, negated when letters are glued to it.
    /// </summary>
    private static int ReadTail(string text, int p, NumberLexicon lexicon, ref NumberItem item, bool plainDigits)
    {
        var value = item.Value;
        if (p < text.Length && text[p] is 'e' or 'E' && Exponent(text, p + 1, out var exponent, out var after) && !LetterAt(text, after))
        {
            item = item with { End = after, Value = Scale(value, exponent), Form = NumeralForm.None };
            return after;
        }

        if (p < text.Length && text[p] is 'x' or '×' && p + 3 < text.Length && text[p + 1] == '1' && text[p + 2] == '0' && text[p + 3] == '^'
            && Exponent(text, p + 4, out exponent, out after))
        {
            item = item with { End = after, Value = Scale(value, exponent), Form = NumeralForm.None };
            return after;
        }

        if (p < text.Length && text[p] == '^' && Exponent(text, p + 1, out exponent, out after))
        {
            item = item with { End = after, Value = Math.Sign(value) * Math.Pow(Math.Abs(value), exponent), Form = NumeralForm.None };
            return after;
        }

        if (plainDigits && p + 1 < text.Length && text[p] == '/' && IsDigit(text[p + 1]) && Fraction(text, item, p, out var fraction, out after))
        {
            item = item with { End = after, Value = fraction, Form = NumeralForm.Fraction };
            return after;
        }

        if (plainDigits && p < text.Length && IsFractionGlyph(text[p], out var glyph))
        {
            item = item with { End = p + 1, Value = value + (value < 0 ? -glyph : glyph), Form = NumeralForm.None };
            return p + 1;
        }

        if (!LetterAt(text, p))
        {
            return p;
        }

        var q = p;
        while (q < text.Length && char.IsLetterOrDigit(text[q]))
        {
            q++;
        }

        if (q - p <= lexicon.MaxSuffixLength && NumberTokenizer.Suffix(text, text[p..q], q, lexicon) is ({ SpacedOnly: false } suffix, var suffixEnd)
            && (!suffix.AfterCurrency || (item.Start > 0 && char.GetUnicodeCategory(text[item.Start - 1]) == UnicodeCategory.CurrencySymbol)))
        {
            item = item with { End = suffixEnd, Value = value * suffix.Value, Form = NumeralForm.Suffixed };
            return suffixEnd;
        }

        return -q;
    }

    private static bool Fraction(string text, NumberItem whole, int slash, out double value, out int after)
    {
        value = 0;
        after = slash + 1;
        while (after < text.Length && IsDigit(text[after]))
        {
            after++;
        }

        var numeratorDigits = whole.End - whole.Start - (whole.Value < 0 ? 1 : 0);
        var before = whole.Start - 1;
        var dated = (after + 1 < text.Length && text[after] == '/' && IsDigit(text[after + 1]))
            || (before > 0 && text[before] == '/' && IsDigit(text[before - 1]));
        if (dated || numeratorDigits > MaxFractionDigits || after - slash - 1 > MaxFractionDigits)
        {
            return false;
        }

        var denominator = double.Parse(text.AsSpan(slash + 1, after - slash - 1), CultureInfo.InvariantCulture);
        value = whole.Value / denominator;
        return denominator != 0 && !LetterAt(text, after);
    }

    // An exponent: an optional sign and at most a few digits; more digits still end the exponent but give infinity.
    private static bool Exponent(string text, int p, out double exponent, out int after)
    {
        exponent = 0;
        var sign = 1;
        if (p < text.Length && (text[p] == '+' || IsMinus(text[p])))
        {
            sign = text[p] == '+' ? 1 : -1;
            p++;
        }

        after = p;
        while (after < text.Length && IsDigit(text[after]))
        {
            exponent = Math.Min(exponent * 10 + (text[after] - '0'), 1e6);
            after++;
        }

        exponent *= sign;
        return after > p;
    }

    // Dividing by a power of ten rounds once where multiplying by its inverse rounds twice: "-12e-1" is -1.2, not -1.2000000000000002.
    private static double Scale(double value, double exponent) =>
        exponent < 0 ? value / Math.Pow(10, -exponent) : value * Math.Pow(10, exponent);

    private static bool LetterAt(string text, int p) => p < text.Length && char.IsLetter(text[p]);
}
