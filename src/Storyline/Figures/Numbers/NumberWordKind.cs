namespace Storyline.Figures.Numbers;

/// <summary>The role a word plays in a written number, one per section of <c>numbers.txt</c>.</summary>
internal enum NumberWordKind
{
    /// <summary>Zero to nineteen.</summary>
    Unit,
    Tens,

    /// <summary>A whole hundreds word (Spanish "doscientos", "quinientos"): fills a group's hundreds.</summary>
    Hundreds,

    /// <summary>A scale under 1000 (hundred, dozen): multiplies the group before it.</summary>
    Multiplier,

    /// <summary>A scale of 1000 or more: closes a group (thousand, million, lakh).</summary>
    Scale,

    /// <summary>A denominator (half, thirds, Viertel); the value is the denominator.</summary>
    Fraction,

    /// <summary>A fractional number by itself (anderthalb, einhalb).</summary>
    FractionValue,
    Connector,
    Negative,
    DecimalWord,

    /// <summary>A word between two numbers that divides them ("one out of three", "un sur trois").</summary>
    Ratio,

    /// <summary>An indefinite article that is not also a unit ("a", "an", "einer").</summary>
    Article,
}
