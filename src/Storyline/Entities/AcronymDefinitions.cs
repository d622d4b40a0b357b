namespace Storyline.Entities;

/// <summary>
/// "European Investment Bank (EIB)": an acronym in brackets right after a name whose initials it spells is a mention
/// of that name; <see cref="MentionSpreader"/> then finds its later uses ("the EIB said"). When the tagger missed the
/// name ("Die Gewerkschaft Deutscher Zugbegleiter und Lokführer (GDZL)"), the capitalised words before the brackets
/// whose initials spell the acronym, short lower-case joining words allowed between them, become an organisation.
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
                taken.Add(i + 1);
            }
        }

        foreach (var (start, end, open, close) in Untagged(text, mentions))
        {
            if (!taken.Contains(open + 1))
            {
                yield return new RawMention(start, end, "ORG");
                yield return new RawMention(open + 1, close, "ORG");
            }
        }
    }

    // "(GDZL)" after words no mention covers: walk back from the bracket, one capitalised word per letter of the
    // acronym (last letter first), over joining words of at most three lower-case letters ("und", "of", "de").
    private static IEnumerable<(int Start, int End, int Open, int Close)> Untagged(string text, IReadOnlyList<RawMention> mentions)
    {
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open - 1 is < 2 or > 8 || !text.AsSpan(open + 1, close - open - 1).ToString().All(char.IsUpper))
            {
                continue;
            }

            var acronym = text[(open + 1)..close];
            var end = open;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var at = end;
            var start = -1;
            for (var letter = acronym.Length - 1; letter >= 0 && at > 0;)
            {
                var wordEnd = at;
                var wordStart = wordEnd;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
                {
                    wordStart--;
                }

                if (wordStart == wordEnd)
                {
                    break;
                }

                var word = text[wordStart..wordEnd];
                if (char.IsUpper(word[0]) && char.ToUpperInvariant(word[0]) == acronym[letter])
                {
                    start = wordStart;
                    letter--;
                    if (letter < 0)
                    {
                        break;
                    }
                }
                else if (!(word.Length <= 3 && word.All(char.IsLower)) || start < 0)
                {
                    start = -1;
                    break;
                }

                at = wordStart;
                while (at > 0 && text[at - 1] == ' ')
                {
                    at--;
                }
            }

            // Names the tagger found inside the words ("Deutscher Zugbegleiter") give way; one crossing their edge does not.
            if (start >= 0 && !mentions.Any(m => m.Start < open && start < m.End && (m.Start < start || m.End > end)))
            {
                yield return (start, end, open, close);
            }
        }
    }
}
