namespace Storyline.Text;

/// <summary>What CLD2 says about a text: its three best languages with the share of text bytes each won.</summary>
internal readonly record struct Cld2Verdict(string First, int FirstPercent, string Second, string Third, bool IsReliable);
