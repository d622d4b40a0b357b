using Storyline.Entities.Tokens;
using Storyline.Figures.Dates;

namespace Storyline.Entities;

/// <summary>
/// A weekday is no name, though the tagger, trained on Wikipedia where they are rare, reads them as part of one: "On
/// Friday Trump made the comments" gave a person "Friday Trump", "Even Friday, he claimed" a person "Even Friday",
/// "noted Friday that" a name "Friday". Weekdays at either end of a mention are cut off (dates.txt of the language); what
/// is left goes, when nothing is, or only the word that opens the sentence (a capitalised adverb: "Even", "Dann").
/// Months stay: they are names too (Theresa May, "August Bebel"); but a month alone before a day's number ("sold between
/// Jan. 3 and Feb. 14", "May 5") is a date.
/// </summary>
internal static class WeekdayNames
{
    public static List<RawMention> Cut(List<RawMention> mentions, IReadOnlyList<Token> tokens, IEnumerable<(int Start, int End)> sentences, DateWords calendar, string text)
    {
        var openers = sentences.Select(s => s.Start < tokens.Count ? tokens[s.Start].Start : -1).ToHashSet();
        var kept = new List<RawMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var inside = Inside(tokens, mention);
            var (first, last) = (0, inside.Count - 1);
            while (first <= last && calendar.IsWeekday(inside[first].Text))
            {
                first++;
            }

            while (last >= first && calendar.IsWeekday(inside[last].Text))
            {
                last--;
            }

            if (inside.Count == 1 && DatedMonth(inside[0], text, calendar))
            {
                continue;
            }

            if (first == 0 && last == inside.Count - 1)
            {
                kept.Add(mention);
            }
            else if (last > first || (last == first && !openers.Contains(inside[first].Start)))
            {
                kept.Add(mention with { Start = inside[first].Start, End = inside[last].End });
            }
        }

        return kept;
    }

    // A month's name or its abbreviation ("Jan."), then a day of one or two digits.
    private static bool DatedMonth(Token word, string text, DateWords calendar)
    {
        var at = word.End;
        var stop = at < text.Length && text[at] == '.';
        at += stop ? 1 : 0;
        if (!(calendar.IsMonth(word.Text) || (stop && calendar.IsMonth(word.Text + "."))) || at >= text.Length || text[at] != ' ')
        {
            return false;
        }

        var digits = 0;
        while (at + 1 + digits < text.Length && char.IsAsciiDigit(text[at + 1 + digits]))
        {
            digits++;
        }

        return digits is 1 or 2;
    }

    private static List<Token> Inside(IReadOnlyList<Token> tokens, RawMention mention)
    {
        var inside = new List<Token>();
        for (var i = TokenSearch.FirstFrom(tokens, mention.Start); i < tokens.Count && tokens[i].End <= mention.End; i++)
        {
            inside.Add(tokens[i]);
        }

        return inside;
    }
}
