namespace Storyline.Entities;

/// <summary>
/// "la ministra de Educación", "le ministre de l'Intérieur", "il ministro dell'Economia", "Minister für Arbeit": the
/// words after a minister's title and its link name the portfolio, part of the title, not a place or a body of its own
/// (the tagger, never trained on Spanish or Italian, reads "Educación" as a place). A name the catalog knows stays
/// ("ministre de l'Europe", "Minister für Europa").
/// </summary>
internal static class PortfolioNames
{
    public static List<RawMention> Drop(List<RawMention> mentions, string text, EntityCues cues, Func<string, bool> known)
    {
        if (cues.PortfolioTitles.Count == 0)
        {
            return mentions;
        }

        return mentions.Where(m => !AfterTitle(text, m.Start, cues) || known(text[m.Start..m.End])).ToList();
    }

    // The words before the name: a title of [portfolio-titles], a [body-links] word, and maybe an article or an elided
    // one ("de la", "dell'", "de l'").
    private static bool AfterTitle(string text, int start, EntityCues cues)
    {
        var at = start;
        if (at >= 2 && text[at - 1] is '\'' or '’')
        {
            var elided = TextScan.WordBefore(text, at - 1);
            at -= elided.Length + 1;
            if (cues.BodyLinks.Contains(elided.ToLowerInvariant()) || cues.BodyLinks.Contains(elided.ToLowerInvariant() + "'"))
            {
                return IsTitle(TextScan.WordBefore(text, at), cues);
            }
        }

        var word = TextScan.WordBefore(text, at);
        if (LinkAfterTitle(text, at, word, cues))
        {
            return true;
        }

        // "de la", "für die": an article between the link and the portfolio ("de" is Dutch's article too, so the link is
        // tried first).
        return cues.Determiners.Contains(word.ToLowerInvariant())
            && LinkAfterTitle(text, Before(text, at, word), TextScan.WordBefore(text, Before(text, at, word)), cues);
    }

    private static bool LinkAfterTitle(string text, int at, string link, EntityCues cues) =>
        cues.BodyLinks.Contains(link.ToLowerInvariant()) && IsTitle(TextScan.WordBefore(text, Before(text, at, link)), cues);

    // Where the word ending right before position `at` (past spaces) starts.
    private static int Before(string text, int at, string word) => text.AsSpan(0, at).TrimEnd(' ').Length - word.Length;

    private static bool IsTitle(string word, EntityCues cues) => word.Length > 0 && cues.PortfolioTitles.Contains(word.ToLowerInvariant());
}
