namespace Storyline.Entities;

/// <summary>
/// "der österreichischen Nachrichtenagentur APA", "die nepalesische Armee": where every noun has a capital, a word in small
/// letters with an adjective's ending (<c>[inflection-endings]</c>) does not open a name; the tagger, or a designated
/// name run back, took it in ("dänischen Skagerholm A/S"). It is cut, and what remains is judged as the rest are. Not from
/// a person's name, whose particles are small ("von Pierer").
/// </summary>
internal static class AdjectiveOpeners
{
    private const int ShortestAdjective = 5;

    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            return mentions;
        }

        return mentions.Select(m =>
        {
            var space = text.IndexOf(' ', m.Start, m.End - m.Start);
            if (m.ConllType == "PER" || space < 0 || !char.IsUpper(text[space + 1]))
            {
                return m;
            }

            var first = text[m.Start..space];
            return first.Length >= ShortestAdjective && first.All(char.IsLower)
                && cues.InflectionEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal))
                ? m with { Start = space + 1 }
                : m;
        }).ToList();
    }
}
