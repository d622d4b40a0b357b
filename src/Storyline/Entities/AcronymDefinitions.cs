namespace Storyline.Entities;

/// <summary>
/// "European Investment Bank (EIB)": an acronym in brackets right after a name whose initials it spells is a mention
/// of that name; <see cref="MentionSpreader"/> then finds its later uses ("the EIB said").
/// </summary>
internal static class AcronymDefinitions
{
    private static readonly IReadOnlySet<string> NoDesignators = new HashSet<string>();

    public static IEnumerable<RawMention> Find(IReadOnlyList<RawMention> mentions, string text)
    {
        var taken = mentions.Select(m => m.Start).ToHashSet();
        foreach (var m in mentions)
        {
            var i = m.End;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || text[i] != '(')
            {
                continue;
            }

            var close = text.IndexOf(')', i + 1);
            if (close < 0 || close - i - 1 is < 2 or > 8)
            {
                continue;
            }

            var acronym = text[(i + 1)..close];
            if (acronym.All(char.IsUpper) && !taken.Contains(i + 1) && ShortForm.Of(acronym, text[m.Start..m.End], person: false, NoDesignators))
            {
                yield return new RawMention(i + 1, close, m.ConllType);
            }
        }
    }
}
