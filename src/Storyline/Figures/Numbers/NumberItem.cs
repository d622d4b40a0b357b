namespace Storyline.Figures.Numbers;

/// <summary>What a stretch of text is to the number reader.</summary>
internal enum NumberItemKind
{
    /// <summary>Digits, already valued ("1,234.5", "10k", "3/4", "½").</summary>
    Numeral,

    /// <summary>A number word, or one part of a compound ("drei" in "dreihundert").</summary>
    Word,

    /// <summary>A scale suffix written after digits with a space ("2.33 k", "10 bln").</summary>
    Suffix,

    /// <summary>Any other word: it ends a number but is kept for the cues that look one word back.</summary>
    Other,
}

/// <summary>How a numeral was written, for what may join it.</summary>
[Flags]
internal enum NumeralForm
{
    None = 0,

    /// <summary>Digits without decimals, exponent or suffix: a word may multiply it ("3 hundred").</summary>
    Integer = 1,

    /// <summary>"3/4" or "¾": a proper fraction that joins a whole number before it ("2 1/4").</summary>
    Fraction = 2,

    /// <summary>A suffix multiplied it ("10k", "6.6bn").</summary>
    Suffixed = 4,
}

/// <summary>One item of text for the number reader, with its bounds and whether only spaces or a hyphen separate it from the item before.</summary>
internal readonly record struct NumberItem(
    NumberItemKind Kind, int Start, int End, double Value, NumberWord? Word, string? Text, bool Joined, NumeralForm Form);
