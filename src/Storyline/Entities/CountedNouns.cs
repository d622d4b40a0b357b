using Storyline.Entities.Names;
using Storyline.Entities.Tokens;
using Storyline.Figures.Numbers;

namespace Storyline.Entities;

/// <summary>
/// Where every noun has a capital, what a number or a quantifier counts is a common noun: "84 Filialen", "drei Tage
/// Winterwandern", "jeden Morgen Brötchen", "zwei Stunden Dauerbetrieb"; the tagger, seeing two capitalised words in a
/// row, reads some of them as a person or a place. A mention right after a number (in digits or a word of
/// <c>numbers.txt</c>) or a quantifier (<c>[quantifiers]</c>) is dropped, unless the catalog knows it, it has a digit or a
/// designator (a model, "zwei Airbus A320"; a company), or it is written in capitals (initials: "drei ICE").
/// </summary>
internal static class CountedNouns
{
    public static List<RawMention> Drop(
        List<RawMention> mentions, IReadOnlyList<Token> tokens, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            return mentions;
        }

        var numbers = NumberReader.For(language);
        return mentions.Where(m =>
        {
            var first = TokenSearch.FirstFrom(tokens, m.Start);
            if (first <= 0 || first >= tokens.Count || tokens[first].Start != m.Start)
            {
                return true;
            }

            var before = tokens[first - 1].Text;
            var lower = before.ToLowerInvariant();
            var counted = before.All(char.IsAsciiDigit) || cues.Quantifiers.Contains(lower)
                || (char.IsLower(before[0]) && numbers.Counting(lower) is > 1);
            if (!counted)
            {
                return true;
            }

            var surface = text[m.Start..m.End];
            var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return surface.Any(char.IsDigit) || words.Any(cues.IsDesignator) || words[0].All(c => !char.IsLetter(c) || char.IsUpper(c))
                || catalog.Resolve(surface, language) is not null;
        }).ToList();
    }
}
