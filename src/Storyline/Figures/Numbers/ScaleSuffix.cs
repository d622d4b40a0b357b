namespace Storyline.Figures.Numbers;

/// <summary>A scale written after digits ("10k", "6.6bn", "2.33 k"), with where it may stand.</summary>
/// <param name="Value">What it multiplies by.</param>
/// <param name="SpacedOnly">Only after a space ("1,674.5 G"; glued, "5G" is a network).</param>
/// <param name="GluedOnly">Only glued ("10M"; spaced, French "M." is Monsieur).</param>
/// <param name="AfterCurrency">Only glued after a currency sign ("£1.5m"; "1m" and "100m race" are metres).</param>
internal sealed record ScaleSuffix(double Value, bool SpacedOnly, bool GluedOnly, bool AfterCurrency);
