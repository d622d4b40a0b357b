using Storyline.Entities.Names;
using Storyline.Entities.Tokens;
using Storyline.Figures.Dates;

namespace Storyline.Entities;

/// <summary>
/// "Bundesinnenminister Schäuble", "SPD-Innenexperte Wiefelspütz", "Dr. Hargreaves", "M. Lecornu": one capitalised word
/// right after a title (<c>[titles]</c>, a compound ending in one, or an <c>[abbreviations]</c> title and its full stop) is a
/// person's surname where the tagger saw nothing.
/// News names a politician by title and surname once the reader knows them. Not when the word is known to the catalog
/// (with or without a genitive ending: "der Sprecher Berlins"), is itself a title, a determiner or a preposition, is a
/// month or a weekday ("commander in chief Wednesday"), or when another capitalised word follows it (a longer name the
/// tagger should have read, or a German noun after all). Two name words after a title and before a lower-case word are a
/// person's full name even where the tagger read a place in them ("Oberbürgermeisterin Sabine Droste sprach").
/// </summary>
internal static class TitledNames
{
    // Titles shorter than this are not looked for at the end of a compound: "chef" would find "Küchenchef" but "ceo"
    // and "dr" would find too much.
    private const int ShortestTail = 6;

    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, string[] words, (int Start, int End) sentence, bool[] covered, NameCatalog catalog, string language, EntityCues cues, DateWords dates)
    {
        var segment = new ArraySegment<string>(words, sentence.Start, sentence.End - sentence.Start);
        for (var i = 0; i + 1 < segment.Count; i++)
        {
            var name = sentence.Start + i + 1;
            // Only a capitalised word after it makes the title worth testing: most words are followed by none.
            if (!char.IsUpper(segment[i + 1][0]))
            {
                continue;
            }

            var titled = IsTitle(segment[i], cues) || SentenceSplitter.Abbreviated(tokens, sentence.Start + i, cues.Abbreviations);
            if (titled && FullName(segment, i + 1, catalog, cues, dates))
            {
                // "Oberbürgermeisterin Sabine Droste sprach": a first name and a surname, whatever the tagger read in them.
                yield return new RawMention(tokens[name].Start, tokens[name + 1].End, Tagging.TagSet.ConllTypeOf(EntityType.Person));
                covered[name] = covered[name + 1] = true;
                i++;
                continue;
            }

            if (covered[name] || !titled || !IsSurname(segment[i + 1], cues) || dates.IsCalendarWord(segment[i + 1])
                || (i + 2 < segment.Count && char.IsUpper(segment[i + 2][0]))
                || Known(segment, i + 1, catalog, language) || KnownInGenitive(segment[i + 1], catalog, cues))
            {
                continue;
            }

            yield return new RawMention(tokens[name].Start, tokens[name].End, Tagging.TagSet.ConllTypeOf(EntityType.Person));
            covered[name] = true;
        }
    }

    // Two name words and then a word in lower case or punctuation, neither a calendar word, and the pair no name the catalog
    // knows whole ("Bürgermeister Klaus Wowereit sagte", not "Präsident Frankreichs Emmanuel Macron").
    private static bool FullName(IReadOnlyList<string> words, int first, NameCatalog catalog, EntityCues cues, DateWords dates) =>
        first + 2 < words.Count && IsSurname(words[first], cues) && IsSurname(words[first + 1], cues)
        && !char.IsUpper(words[first + 2][0]) && !dates.IsCalendarWord(words[first]) && !dates.IsCalendarWord(words[first + 1])
        && catalog.Match(words, first) is not { Length: > 1 }
        && !cues.GenitiveEndings.Any(e => words[first].Length > e.Length + 2 && words[first].EndsWith(e, StringComparison.Ordinal));

    /// <summary>Whether a word is a title or a compound ending in one ("Mr.", "Bundesinnenminister", "SPD-Innenexperte", "OpenAI-CEO").</summary>
    public static bool IsTitle(string word, EntityCues cues) => IsTitle(word, cues, inflected: true);

    private static bool IsTitle(string word, EntityCues cues, bool inflected)
    {
        var lower = word.TrimEnd('.').ToLowerInvariant();
        var tail = lower.LastIndexOf('-') is var hyphen and >= 0 ? lower[(hyphen + 1)..] : lower;
        if (cues.Titles.Contains(tail) || cues.Abbreviations.Contains(tail))
        {
            return true;
        }

        // "des Ex-Ministerpräsidenten Berlusconi", "Präsidenten": a title in another case, with the article's endings.
        foreach (var ending in inflected ? cues.InflectionEndings.Concat(cues.GenitiveEndings) : [])
        {
            if (tail.Length - ending.Length >= ShortestTail && tail.EndsWith(ending, StringComparison.Ordinal) && IsTitle(tail[..^ending.Length], cues, inflected: false))
            {
                return true;
            }
        }

        // A compound's tail: each ending of ShortestTail letters or more, looked up, rather than every title tried.
        for (var start = 1; tail.Length - start >= ShortestTail; start++)
        {
            if (cues.Titles.Contains(tail[start..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word written as names are, with one capital and more than two letters, that is no title, determiner, preposition, conjunction or common term.</summary>
    internal static bool IsSurname(string word, EntityCues cues)
    {
        var lower = word.ToLowerInvariant();
        return word.Length > 2 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c == '-')
            && !cues.Titles.Contains(lower) && !cues.Determiners.Contains(lower) && !cues.Prepositions.Contains(lower)
            && !cues.Conjunctions.Contains(lower) && !cues.CommonTerms.Contains(lower);
    }

    // A name the catalog knows, other than a small town: "Mr. Obama", "President Obama" are people although a town in
    // Japan is called so, but "Bürgermeister Berlin" is no one.
    internal static bool Known(IReadOnlyList<string> words, int i, NameCatalog catalog, string language) =>
        catalog.Match(words, i) is { } match
        && (match.Name.Type != EntityType.Place || match.Length > 1 || catalog.LocalPlace(words[i], language, CatalogNames.SingleWordRank + 1) is not null);

    private static bool KnownInGenitive(string word, NameCatalog catalog, EntityCues cues) =>
        cues.GenitiveEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal)
            && catalog.Match([word[..^e.Length]], 0) is not null);
}
