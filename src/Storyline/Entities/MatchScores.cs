using System.Text.RegularExpressions;

namespace Storyline.Entities;

/// <summary>
/// A match's score after a team is no part of its name: the tagger runs "Dortmund 2:2" and "Hannover 96 – Karlsruher SC
/// 2 : 2" on as one thing (a product, by the digits). Two numbers around a colon are cut from a name's end; the numbers a
/// name holds stay ("Hannover 96", "Schalke 04").
/// </summary>
internal static partial class MatchScores
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text) =>
        mentions.Select(m => Score().Match(text, m.Start, m.Length) is { Success: true } score && score.Index > m.Start
            ? m with { End = m.Start + text.AsSpan(m.Start, score.Index - m.Start).TrimEnd().Length }
            : m).ToList();

    // At the end of the span: a space, digits, an optional space, a colon, an optional space, digits.
    [GeneratedRegex(@"\s+\d{1,2}\s?:\s?\d{1,2}$")]
    private static partial Regex Score();
}
