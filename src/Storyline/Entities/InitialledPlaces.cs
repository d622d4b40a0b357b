using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// Initials right before a place, written together more than once, are one organisation's name ("AI Singapore, lancé en
/// 2017 par la National Research Foundation", "BBC London"); the tagger reads the place alone there. Once is not enough:
/// "the US Paris embassy" is initials and a place side by side.
/// </summary>
internal static class InitialledPlaces
{
    private const int ShortestInitials = 2;
    private const int LongestInitials = 6;

    public static List<RawMention> Join(List<RawMention> mentions, IReadOnlyList<Token> tokens, string text, NameCatalog catalog, string language)
    {
        return mentions.Select(m =>
        {
            var i = TokenSearch.FirstFrom(tokens, m.Start);
            if (i <= 0 || i >= tokens.Count || tokens[i].End != m.End || m.ConllType != "LOC")
            {
                return m;
            }

            var initials = tokens[i - 1];
            var name = text[initials.Start..m.End];
            return initials.Length is >= ShortestInitials and <= LongestInitials && initials.Text.All(char.IsAsciiLetterUpper)
                && initials.End + 1 == m.Start && text[initials.End] == ' '
                && catalog.Resolve(text[m.Start..m.End], language, EntityType.Place) is { Type: EntityType.Place }
                && Count(text, name) > 1
                ? new RawMention(initials.Start, m.End, "ORG")
                : m;
        }).ToList();
    }

    private static int Count(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count += TextScan.WholeWordAt(text, at, name.Length) ? 1 : 0;
        }

        return count;
    }
}
