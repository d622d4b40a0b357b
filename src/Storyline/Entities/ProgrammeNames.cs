namespace Storyline.Entities;

/// <summary>
/// "il programma europeo Horizon Europe", "dem EU-Programm Horizon Europe", "the Horizon Europe research programme": a name
/// that a noun for programmes and schemes (<c>[document-cues]</c>) stands right before, or right after, with at most one
/// word in lower case between, is a text's (type other), whatever place or person the tagger read in it.
/// </summary>
internal static class ProgrammeNames
{
    /// <summary>Whether a programme noun introduces the name at [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="end">Where the name ends.</param>
    /// <param name="cues">The language's entity cues.</param>
    /// <param name="after">Whether a noun after the name counts too: not for a person named in full, who owns the programme
    /// named after them ("the Friedrich Merz government programme").</param>
    public static bool Introduced(string text, int start, int end, EntityCues cues, bool after = true)
    {
        // "le programme de Marine Le Pen" is hers: a preposition or an article between makes the name the programme's owner.
        var (before, between) = Before(text, start);
        if (cues.DocumentCues.Contains(before)
            || (between is { } word && cues.DocumentCues.Contains(word) && !cues.Prepositions.Contains(before) && !cues.Determiners.Contains(before)))
        {
            return true;
        }

        var (next, further) = After(text, end);
        return after && (IsProgrammeNoun(next, cues) || (further is { } beyond && IsProgrammeNoun(beyond, cues)));
    }

    /// <summary>
    /// "des OpenAI Academy Programms", "the Horizon Europe programme": a name the tagger ran on over the programme noun
    /// after it (<c>[document-cues]</c>, in any case: a genitive ending aside) is cut before the noun and is a text's.
    /// </summary>
    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues) =>
        mentions.Select(m =>
        {
            var space = text.LastIndexOf(' ', m.End - 1, m.Length);
            if (space <= m.Start)
            {
                return m;
            }

            return IsProgrammeNoun(text[(space + 1)..m.End].ToLowerInvariant(), cues) ? new RawMention(m.Start, space, "MISC") : m;
        }).ToList();

    // A [document-cues] noun, lower-cased, perhaps in the genitive ("programms").
    private static bool IsProgrammeNoun(string word, EntityCues cues) =>
        cues.DocumentCues.Contains(word)
        || cues.GenitiveEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal) && cues.DocumentCues.Contains(word[..^e.Length]));

    // The word right before the name, lower-cased, and when that one is written in lower case the word before it
    // ("programma europeo"); "EU-Programm" gives "programm".
    private static (string Word, string? Further) Before(string text, int start)
    {
        var (word, begin) = WordBefore(text, start);
        return word.Length > 0 && char.IsLower(text[begin]) ? (word.ToLowerInvariant(), WordBefore(text, begin).Word.ToLowerInvariant()) : (word.ToLowerInvariant(), null);
    }

    private static (string Word, string? Further) After(string text, int end)
    {
        var (word, stop) = TextScan.WordAfterAt(text, end);
        return word.Length > 0 && char.IsLower(word[0]) ? (word, TextScan.WordAfterAt(text, stop).Word.ToLowerInvariant()) : (word.ToLowerInvariant(), null);
    }

    // Only spaces and hyphens may stand between the name and the word: a comma or a full stop ends the phrase.
    private static (string Word, int Begin) WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or '-')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return (text[begin..end], begin);
    }
}
