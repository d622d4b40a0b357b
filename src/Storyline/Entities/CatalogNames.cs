using Storyline.Entities.Names;
using Storyline.Entities.Names.Building;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// Names the catalog knows that the tagger left alone ("dans le reste de l'Union européenne"): a known name of two
/// words or more, or a known organisation's acronym (ONU, OTAN), is a mention wherever it is written with its capitals.
/// A single known word is a place only inside a sentence, alone between lower-case words, when the article's language
/// writes that place so and it is a country, a continent or a city of more than <see cref="SingleWordRank"/> people
/// ("chi Parigi ha dimenticato", where the tagger, trained on other languages, saw nothing); a known organisation's one-word
/// name is one inside a sentence ("von SPD und Grünen"); a country's name also opens
/// a sentence ("España suscribió en 1998 …"). Right after a word that places it (<c>[place-prepositions]</c> and
/// <c>[origin-prepositions]</c> of the article's language: "uit Oss", "di Lumezzane", "in Tours") or listed after a known
/// town ("Apeldoorn, Zutphen en Raalte"), a town of more than <see cref="PlacedRank"/> people is one, where nouns are
/// capitalised too. Elsewhere single words are left to the tagger: a sentence's first word and, where every noun is
/// capitalised, any word may be a common word (Nice, Split, Essen, Lage), and a capitalised neighbour makes it part of
/// another name (Paris Hilton, Washington Post).
/// </summary>
internal static class CatalogNames
{
    /// <summary>
    /// A city larger than this is rarely also a surname or a word of the article's language written with a capital. The
    /// gazetteer ranks first-level subdivisions at exactly this, and they stay out: many are words (Nord, Centre, Est).
    /// </summary>
    public const long SingleWordRank = GazetteerBuilder.SubdivisionRank;

    /// <summary>After a word that places it ("aus Emmendingen"), a town this large is that town rather than a word or a name.</summary>
    public const long PlacedRank = 10_000;

    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, string[] words, (int Start, int End) sentence, bool[] covered, NameCatalog catalog, string language, EntityCues cues,
        string text)
    {
        var nounsCapitalised = cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns);
        var segment = new ArraySegment<string>(words, sentence.Start, sentence.End - sentence.Start);
        var i = 0;
        while (i < segment.Count)
        {
            // Read only for a word no other mention covers: most words of a text are covered or lower-case.
            var placed = !covered[sentence.Start + i] && i > 0 && char.IsUpper(segment[i][0]) && Placed(text, tokens[sentence.Start + i].Start, cues, catalog, language);
            if (!covered[sentence.Start + i] && (!nounsCapitalised || placed) && LonePlace(segment, i, catalog, language, placed))
            {
                var token = tokens[sentence.Start + i];
                yield return new RawMention(token.Start, token.End, Tagging.TagSet.ConllTypeOf(EntityType.Place));
                i++;
                continue;
            }

            if (covered[sentence.Start + i] || catalog.Match(segment, i) is not { } match
                || Enumerable.Range(sentence.Start + i, match.Length).Any(k => k >= sentence.End || covered[k])
                || !(match.Length >= 2 || IsAcronym(segment[i], match) || (i > 0 && IsOrganisationWord(segment[i], match))))
            {
                i++;
                continue;
            }

            var first = tokens[sentence.Start + i];
            var last = tokens[sentence.Start + i + match.Length - 1];
            yield return new RawMention(first.Start, last.End, Tagging.TagSet.ConllTypeOf(match.Name.Type));
            i += match.Length;
        }
    }

    private static bool LonePlace(IReadOnlyList<string> words, int i, NameCatalog catalog, string language, bool placed)
    {
        var word = words[i];
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower)
            || (i + 1 < words.Count && char.IsUpper(words[i + 1][0])))
        {
            return false;
        }

        // The last word before it, past punctuation: none opens the sentence («Parigi …»), a capital may join a name.
        var before = i - 1;
        while (before >= 0 && !char.IsLetterOrDigit(words[before][0]))
        {
            before--;
        }

        var minRank = before < 0 ? GazetteerBuilder.CountryRank : placed ? PlacedRank : SingleWordRank + 1;
        return (before < 0 || placed || !char.IsUpper(words[before][0])) && catalog.LocalPlace(word, language, minRank) is not null;
    }

    /// <summary>
    /// Whether the word at <paramref name="start"/> is placed: right after a word that places it ("uit Oss", "di Pesaro"), or
    /// listed after a town the catalog knows ("in Straßburg, Colmar und Mülhausen").
    /// </summary>
    public static bool Placed(string text, int start, EntityCues cues, NameCatalog catalog, string language)
    {
        var (word, at) = Before(text, start);
        if (cues.PlacesAfter(word))
        {
            return true;
        }

        if (word != "," && !cues.Conjunctions.Contains(word))
        {
            return false;
        }

        var (listed, _) = Before(text, at);
        return listed.Length > 1 && char.IsUpper(listed[0]) && catalog.LocalPlace(listed, language, PlacedRank) is not null;
    }

    // The word (or comma) ending right before position `at`, past spaces, and where it starts.
    private static (string Word, int Start) Before(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0 && text[end - 1] == ',')
        {
            return (",", end - 1);
        }

        var first = end;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return (text[first..end], first);
    }

    // "von SPD und Grünen", "the Fed", "Amnesty": one capitalised word that the catalog knows as an organisation's name
    // (its organisations are the alias table's, which lists no common word alone) is that organisation inside a sentence.
    private static bool IsOrganisationWord(string word, NameMatch match) =>
        match.Name.Type == EntityType.Organisation && word.Length >= 3 && char.IsUpper(word[0]);

    private static bool IsAcronym(string word, NameMatch match) =>
        match.Name.Type == EntityType.Organisation && word.Length >= 2 && word.All(char.IsUpper);
}
