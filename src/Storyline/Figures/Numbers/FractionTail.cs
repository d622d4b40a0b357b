namespace Storyline.Figures.Numbers;

/// <summary>
/// Look-aheads for what may follow a connector or a decimal word: a fraction ("and a half", "et demi", "und drei
/// Viertel", optionally with its own scale: "and a half million") and spoken decimals ("point zero three").
/// </summary>
internal static class FractionTail
{
    // A numerator longer than "one hundred and twenty-three" is not a fraction's.
    private const int MaxNumeratorItems = 6;

    // Spoken decimals beyond this many items are a list of digits, not a decimal part.
    private const int MaxDecimalItems = 16;

    /// <summary>A fraction from item <paramref name="p"/>: its value, the scale after it (0 for none) and its last item.</summary>
    public static (double Fraction, double Scale, int Last)? Read(List<NumberItem> items, int p)
    {
        double numerator = 0;
        var q = p;
        if (q < items.Count && items[q].Word is { Kind: NumberWordKind.Article })
        {
            numerator = 1;
            q++;
        }
        else
        {
            double hundreds = 0;
            while (q < items.Count && q - p < MaxNumeratorItems && items[q].Joined && items[q].Word is { } w
                && w.Kind is NumberWordKind.Unit or NumberWordKind.Tens or NumberWordKind.Multiplier)
            {
                if (w.Kind == NumberWordKind.Multiplier)
                {
                    hundreds = (numerator == 0 ? 1 : numerator) * w.Value;
                    numerator = hundreds;
                }
                else
                {
                    numerator += w.Value;
                }

                q++;
            }
        }

        if (q >= items.Count || !items[q].Joined || items[q].Word is not { Kind: NumberWordKind.Fraction } fraction)
        {
            return null;
        }

        var value = (numerator == 0 ? 1 : numerator) / fraction.Value;
        var last = q;
        var s = q + 1;
        if (s < items.Count && items[s].Joined && items[s].Word is { Kind: NumberWordKind.Article })
        {
            s++;
        }

        if (s < items.Count && items[s].Joined && items[s].Word is { Kind: NumberWordKind.Scale or NumberWordKind.Multiplier } scale)
        {
            return (value, scale.Value, s);
        }

        return (value, 0, last);
    }

    /// <summary>Spoken decimals after "point", "virgule", "Komma": each unit is a digit, a tens word and its unit two.</summary>
    public static (double Value, int Last)? Digits(List<NumberItem> items, int p)
    {
        var digits = new System.Text.StringBuilder("0.");
        var q = p;
        while (q < items.Count && q - p < MaxDecimalItems && items[q].Joined && items[q].Word is { Kind: NumberWordKind.Unit or NumberWordKind.Tens } w)
        {
            var value = (int)w.Value;
            if (w.Kind == NumberWordKind.Tens && q + 1 < items.Count && items[q + 1].Joined
                && items[q + 1].Word is { Kind: NumberWordKind.Unit, Value: > 0 and < 10 } unit)
            {
                value += (int)unit.Value;
                q++;
            }

            digits.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            q++;
        }

        return q == p ? null : (double.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture), q - 1);
    }
}
