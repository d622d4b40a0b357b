namespace Storyline.Entities;

/// <summary>
/// What makes a name an organisation's when the tagger hesitates (it reads unknown one-word names, "Lumora", as
/// people): a designator as its first or last word (Helvara AG, Northgate Ventures, Deutsche Bahn, Banco Santander), or
/// a noun that introduces organisations within three words before one of its mentions (la start-up Lumora, the company).
/// </summary>
internal static class OrganisationEvidence
{
    private const int Window = 3;

    public static bool Designated(string name, EntityCues cues)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1
            && (cues.OrganisationDesignators.Contains(Word(words[0])) || cues.OrganisationDesignators.Contains(Word(words[^1])));
    }

    public static bool Introduced(string text, IEnumerable<RawMention> mentions, EntityCues cues) =>
        mentions.Any(m => WordsBefore(text, m.Start).Any(cues.OrganisationCues.Contains));

    private static string Word(string word) => word.Trim('.', ',').ToLowerInvariant();

    private static IEnumerable<string> WordsBefore(string text, int start)
    {
        var end = start;
        for (var k = 0; k < Window; k++)
        {
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                // A sentence boundary ends the window: "… la société. Lumora" does not introduce Lumora.
                if (text[end - 1] is '.' or '!' or '?' or '\n')
                {
                    yield break;
                }

                end--;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
            {
                begin--;
            }

            if (begin == end)
            {
                yield break;
            }

            yield return text[begin..end].ToLowerInvariant();
            end = begin;
        }
    }
}
