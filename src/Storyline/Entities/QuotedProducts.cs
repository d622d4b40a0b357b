namespace Storyline.Entities;

/// <summary>
/// "seinen Heizlüfter „Thermika Duo“", "das Lastenrad „Kiepe“", "vom Typ „Thermika Duo“": where every noun is capitalised,
/// one to three capitalised words in quotation marks right after a noun that a small word leads (its article, an
/// adjective) are the name of the thing that noun is, a product. Not after a noun for organisations, papers, titles,
/// texts or programmes, which make the name something else, nor words a capital opens only as a sentence would ("„Die
/// Nacht …“" is a title).
/// </summary>
internal static class QuotedProducts
{
    private const int MaxWords = 3;

    // Shorter capitalised words before the mark are initials or abbreviations, no nouns; of one letter less, a word in small
    // letters after its capital is a noun still ("vom Typ „Thermika Duo“").
    private const int ShortestNoun = 4;

    // Characters between the marks: a name of three words, not a sentence.
    private const int MaxLength = 60;

    public static IEnumerable<RawMention> Find(string text, EntityCues cues)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            yield break;
        }

        foreach (var span in Quotes.QuoteMarks.Find(text))
        {
            if (span.Close >= 0 && span.Close - span.Open <= MaxLength && IsName(text[(span.Open + 1)..span.Close], cues) && Introduced(text, span.Open + 1, cues))
            {
                yield return new RawMention(span.Open + 1, span.Close, "MISC");
            }
        }
    }

    /// <summary>Whether a name in quotation marks starts at <paramref name="start"/>, right after such a noun.</summary>
    public static bool Introduced(string text, int start, EntityCues cues)
    {
        if (start == 0 || !Quotes.QuoteMarks.OpensAt(text, start - 1) || !cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            return false;
        }

        var (noun, nounStart) = WordBefore(text, start - 1);
        var (lead, _) = WordBefore(text, nounStart);
        return (noun.Length >= ShortestNoun || (noun.Length == ShortestNoun - 1 && noun.Skip(1).All(char.IsLower))) && char.IsUpper(noun[0]) && lead.Length > 0 && char.IsLower(lead[0]) && IsKind(noun.ToLowerInvariant(), cues);
    }

    // One to three words, each capitalised or a code of capitals and digits ("Thermika Duo S"), the first no article; after
    // the first, a model's number too ("Weidefunk Tag 3").
    private static bool IsName(string inner, EntityCues cues)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords && !cues.Determiners.Contains(words[0].ToLowerInvariant())
            && words.Select((w, i) => (char.IsUpper(w[0]) || (i > 0 && char.IsDigit(w[0]))) && w.All(c => char.IsLetterOrDigit(c) || c == '-')).All(ok => ok);
    }

    // A noun for a thing: none for organisations, papers, titles, texts, programmes, brands or works (those say what the name is).
    private static bool IsKind(string lower, EntityCues cues) =>
        !cues.AsWrittenOrGenitive(lower, word => cues.IsOrganisationCue(word) || cues.IsMediaHead(word) || cues.IsPublicationNoun(word) || cues.IsBodyHead(word)
            || cues.Titles.Contains(word) || cues.DocumentDesignators.Contains(word) || cues.DocumentCues.Contains(word)
            || cues.BrandCues.Contains(word) || cues.IsDesignator(word) || cues.IsWorkNoun(word));

    // The letters ending right before position `end`, past spaces, and where they start.
    private static (string Word, int Start) WordBefore(string text, int end)
    {
        var stop = end;
        while (stop > 0 && text[stop - 1] is ' ' or '\u00A0')
        {
            stop--;
        }

        var start = stop;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        return (text[start..stop], start);
    }
}
