using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// A quote's first word has a capital whatever it is, and people quoted speak in the first person: a tagger trained on
/// other languages reads their verbs there as names ("«Vogliamo parlare…»", "“Espero que…”", "«Porteremo il caso…»").
/// A one-word mention right after the opening mark of a quote that opens its sentence, that the text never writes again,
/// that the catalog does not know and that a lower-case word follows is dropped: a name news reports on is written more
/// than once, or is known. Outside quotes a one-off name opening a sentence ("Greenpeace criticised the plan") stays.
/// </summary>
internal static class LoneOpeners
{
    public static List<RawMention> Drop(
        List<RawMention> mentions, IReadOnlyList<Token> tokens, IEnumerable<(int Start, int End)> sentences, NameCatalog catalog, string language,
        bool capitalisedNouns)
    {
        var openers = new Dictionary<int, int>();
        var starts = new Dictionary<int, int>();
        foreach (var (start, end) in sentences)
        {
            var first = TokenSearch.FirstWord(tokens, start, end);
            if (first + 1 < end)
            {
                starts[tokens[first].Start] = first;
            }

            if (first > start && first + 1 < end && Quotes.QuoteSpeakers.Marks.Contains(tokens[first - 1].Text[^1], StringComparison.Ordinal))
            {
                openers[tokens[first].Start] = first;
            }
        }

        var counts = tokens.GroupBy(t => t.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return mentions.Where(m => !(openers.TryGetValue(m.Start, out var t) && tokens[t].End == m.End && Lone(tokens[t].Text, tokens[t + 1].Text, counts, catalog, language))
                && !(!capitalisedNouns && starts.TryGetValue(m.Start, out var s) && tokens[s].End == m.End && WrittenSmall(tokens[s].Text, counts, catalog, language)))
            .ToList();
    }

    // "Además, …", "Luego del incidente", "Gracias por leer": a word opening its sentence that the article also writes in
    // small letters is a common word, where only names have capitals (not German nouns); the catalog's names stay.
    private static bool WrittenSmall(string word, Dictionary<string, int> counts, NameCatalog catalog, string language) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
        && counts.GetValueOrDefault(word.ToLowerInvariant()) > 0 && catalog.Resolve(word, language) is null;

    private static bool Lone(string word, string next, Dictionary<string, int> counts, NameCatalog catalog, string language) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && char.IsLower(next[0])
        && counts.GetValueOrDefault(word) == 1 && catalog.Resolve(word, language) is null;
}
