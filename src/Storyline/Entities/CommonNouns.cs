namespace Storyline.Entities;

/// <summary>
/// Where every noun has a capital (German), a capitalised word is a common noun when the article also writes it, or a
/// form of it, right after an article and outside any name: "ein Büro in Paris", "die Schulung digitaler Fähigkeiten"
/// (a surname the tagger missed somewhere, "Trump", "Moore", has no article before it). The tagger runs a name on over
/// such a noun ("OpenAI wird Simplon Schulungen … bieten"); when what comes before it is a name the article writes alone
/// ("Simplon"), the noun is cut; never a designator ("Deutsche Bank": "Deutsche" is written alone nowhere).
/// </summary>
internal static class CommonNouns
{
    // A form shorter than this is no noun worth finding again ("Am", "Ei").
    private const int ShortestForm = 4;

    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            return mentions;
        }

        var surfaces = mentions.Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        return mentions.Select(m =>
        {
            var surface = text[m.Start..m.End];
            var space = surface.LastIndexOf(' ');
            if (space <= 0)
            {
                return m;
            }

            var (name, noun) = (surface[..space], surface[(space + 1)..]);
            return surfaces.Contains(name) && noun.Length > 0 && char.IsUpper(noun[0]) && !cues.IsDesignator(noun)
                && WrittenOutsideNames(text, noun, cues, mentions)
                ? m with { End = m.Start + space }
                : m;
        }).ToList();
    }

    /// <summary>
    /// Whether the text writes the word, or the word without one of its language's endings, right after an article and
    /// outside every mention.
    /// </summary>
    public static bool WrittenOutsideNames(string text, string word, EntityCues cues, IReadOnlyList<RawMention> mentions) =>
        Forms(word, cues).Any(form => Outside(text, form, mentions, cues));

    // The word and the word without one of its language's endings ("Büros", "Büro"; "Schulungen", "Schulung").
    private static IEnumerable<string> Forms(string word, EntityCues cues) =>
        cues.GenitiveEndings.Concat(cues.InflectionEndings)
            .Where(e => word.Length - e.Length >= ShortestForm && word.EndsWith(e, StringComparison.Ordinal))
            .Select(e => word[..^e.Length])
            .Prepend(word);

    private static bool Outside(string text, string word, IReadOnlyList<RawMention> mentions, EntityCues cues)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            // Right after an article, with only spaces between: "ein Büro", not "Büro" opening a sentence; nor the first part
            // of a compound, whose article is the compound's ("eine Frischkauf-Sprecherin").
            if (TextScan.WholeWordAt(text, i, word.Length) && i > 0 && text[i - 1] == ' ' && !(i + word.Length < text.Length && text[i + word.Length] == '-')
                && cues.Determiners.Contains(TextScan.WordBefore(text, i).ToLowerInvariant()) && !mentions.Any(m => m.Start <= i && i < m.End))
            {
                return true;
            }
        }

        return false;
    }
}
