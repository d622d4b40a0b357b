namespace Storyline.Entities;

/// <summary>
/// "sein Buch „Vollgas auf drei Rädern“", "das Festival „Uferlicht“", "the album “Lead and Honey”", "le tableau « Paysage
/// d'hiver »": a title in quotation marks right after a noun for a work or an event (<c>[work-nouns]</c>, the article's own
/// language; "-reportage" for a compound's end, in the genitive too) names that work, type other, however the tagger read it
/// and whatever noun a product would need. One to eight words, the first capitalised (an article too: "Die Nacht auf dem
/// Vorfeld"), no full stop, question or exclamation mark inside: a sentence in marks is a quotation.
/// </summary>
internal static class QuotedWorks
{
    private const int MaxWords = 8;

    // Characters between the marks: a title, not a paragraph.
    private const int MaxLength = 80;

    public static IEnumerable<RawMention> Find(string text, EntityCues cues)
    {
        foreach (var (open, start, end) in TextScan.Quoted(text, MaxLength))
        {
            if (IsTitle(text[start..end]) && Introduced(text, open, cues))
            {
                yield return new RawMention(start, end, "MISC");
            }
        }
    }

    /// <summary>Whether the word before the opening mark at <paramref name="open"/> is a noun for a work or an event.</summary>
    public static bool Introduced(string text, int open, EntityCues cues) =>
        open > 0 && TextScan.WordBefore(text, open) is { Length: > 1 } noun && cues.IsWorkNoun(noun.ToLowerInvariant());

    /// <summary>Whether a name starting at <paramref name="start"/> opens right after such a noun and a quotation mark.</summary>
    public static bool Titled(string text, int start, EntityCues cues)
    {
        var open = start - 1;
        while (open > 0 && text[open] is ' ' or '\u00A0')
        {
            open--;
        }

        return open > 0 && Quotes.QuoteMarks.OpensAt(text, open) && Introduced(text, open, cues);
    }

    private static bool IsTitle(string inner)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords && char.IsUpper(words[0][0]) && !inner.Any(c => c is '.' or '?' or '!' or ':' or '"' or '„' or '“' or '«' or '»');
    }
}
