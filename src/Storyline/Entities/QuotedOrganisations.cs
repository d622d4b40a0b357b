namespace Storyline.Entities;

/// <summary>
/// "die Wochenzeitschrift „Jungle World“", "le quotidien « Le Progrès »", "the weekly “Harbour Times”", "den Gasthof
/// „Kaiserblick“": a name in quotation marks right after a noun for a newspaper, magazine, broadcaster or agency
/// (<c>[publication-nouns]</c>, the article's own language) or for an organisation (<c>[organisation-cues]</c>) is that
/// publication or organisation. One to six words, the first capitalised (an article too: "Die Zeit"), the others too but
/// for short joining words ("Courrier de l'Ouest"). So is such a name whose last word is a newspaper's ("„Mosel-Eifel-Kurier“").
/// The tagger reads such a name as anything or nothing.
/// </summary>
internal static class QuotedOrganisations
{
    private const int MaxWords = 6;

    // Characters between the marks: a name, not a sentence.
    private const int MaxLength = 60;

    // Lower-case words inside a name: "de", "of", "am", "l'…"; longer ones are a phrase's.
    private const int LongestJoiningWord = 3;

    public static IEnumerable<RawMention> Find(string text, EntityCues cues)
    {
        foreach (var (open, start, end) in TextScan.Quoted(text, MaxLength))
        {
            if (IsName(text[start..end], cues) && (Introduced(text, open, cues) || Headed(text[start..end], cues)))
            {
                yield return new RawMention(start, end, "ORG");
            }
        }
    }

    /// <summary>Whether the word before the opening mark at <paramref name="open"/> is a noun for a publication or an organisation.</summary>
    public static bool Introduced(string text, int open, EntityCues cues) =>
        TextScan.WordBefore(text, open) is { Length: > 0 } noun && noun.ToLowerInvariant() is var lower
        && (cues.IsPublicationNoun(lower) || cues.IsOrganisationCue(lower));

    // "Wie der „Mosel-Eifel-Kurier“ berichtet", "sagte sie dem „Eifeler Landboten“": a name in marks whose last word (or
    // its compound's end) is a newspaper's (<c>[media-heads]</c>) is that newspaper, whatever stands before it.
    private static bool Headed(string inner, EntityCues cues)
    {
        var last = inner[(inner.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return cues.IsMediaHead(last) || (last.LastIndexOf('-') is var hyphen and > 0 && cues.IsMediaHead(last[(hyphen + 1)..]));
    }

    // Where nouns have no capitals, one longer word in small letters after the first may be an adjective of the name ("Le
    // Réveil normand"); a second makes a sentence ("Il faut partir").
    private static bool IsName(string inner, EntityCues cues)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || !char.IsUpper(words[0][0])
            || !words.All(w => w.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '′' or '.' or '&')))
        {
            return false;
        }

        var small = words.Skip(1).Count(w => !char.IsUpper(Capital(w)) && !char.IsDigit(w[0]) && w.Length > LongestJoiningWord);
        return small == 0 || (small == 1 && !cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns));
    }

    // The letter a word is capitalised by: its first, or the first after an elision ("l'Ouest").
    private static char Capital(string word)
    {
        var elided = word.IndexOfAny(['\'', '’']);
        return elided > 0 && elided + 1 < word.Length ? word[elided + 1] : word[0];
    }
}
