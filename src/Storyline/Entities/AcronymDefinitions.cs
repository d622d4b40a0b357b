namespace Storyline.Entities;

/// <summary>
/// "European Investment Bank (EIB)": an acronym in brackets right after a name whose initials it spells is a mention
/// of that name; <see cref="MentionSpreader"/> then finds its later uses ("the EIB said"). When the tagger missed the
/// name ("Die Gewerkschaft Deutscher Zugbegleiter und Lokführer (GDZL)"), the capitalised words before the brackets
/// that spell the acronym become an organisation. Each definition is returned as the name and its acronym, so that the
/// grouping joins the two however the acronym is spelt.
/// </summary>
internal static class AcronymDefinitions
{
    private static readonly IReadOnlySet<string> NoDesignators = new HashSet<string>();

    public static IEnumerable<(RawMention Name, RawMention Acronym)> Find(IReadOnlyList<RawMention> mentions, string text)
    {
        // An acronym in capitals the tagger found is joined to its name by the grouping's initials; one with small letters
        // the grouping cannot spell, so it is defined here whatever the tagger read it as ("(Sergas)" as a place).
        var taken = mentions.Select(m => m.Start).ToHashSet();
        var defined = new HashSet<int>();
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

            var acronym = Letters(text[(i + 1)..close]);
            var capitals = acronym.All(char.IsUpper);
            var initials = capitals && ShortForm.Of(acronym, text[m.Start..m.End], person: false, NoDesignators);
            var spelt = capitals
                ? !taken.Contains(i + 1) && (initials || LongForm(text, m.End, acronym) == m.Start)
                : !defined.Contains(i + 1) && IsMixedAcronym(acronym) && LongForm(text, m.End, acronym) == m.Start && Words(text, m.Start, m.End) >= MixedWords;
            if (spelt)
            {
                // Initials may stand for a person ("JFK"); letters from inside compounds ("Gemeinsame Bundesausschuss (G-BA)")
                // and syllables stand for a body.
                var type = initials ? m.ConllType : "ORG";
                yield return (m with { ConllType = type }, new RawMention(i + 1, close, type));
                taken.Add(i + 1);
                defined.Add(i + 1);
            }
        }

        foreach (var (start, end, open, close) in Untagged(text, mentions))
        {
            // An acronym the tagger or the catalog found is joined to its name by the grouping's initials, unless the name
            // it read before it was cut short ("Commission nationale de l’" for "… de l’informatique et des libertés (CNIL)").
            var cut = mentions.Any(m => m.Start == start && m.End < end);
            if (!defined.Contains(open + 1) && (!taken.Contains(open + 1) || !text[(open + 1)..close].All(char.IsUpper) || cut))
            {
                yield return (new RawMention(start, end, "ORG"), new RawMention(open + 1, close, "ORG"));
            }
        }
    }

    // "(GDZL)" after words no mention covers: the shortest run of words before the bracket that spells the acronym,
    // letter by letter from the last, each letter anywhere in a word but the first at a word's start (Schwartz and Hearst,
    // "A simple algorithm for identifying abbreviation definitions in biomedical text", 2003). So compounds give letters
    // from inside ("Deutsche Reiseverband (DRV)", "Beroepsvereniging Cockpitpersoneel (BVC)") and so do lower-case words
    // ("Union des Territoires (UDT)", "Commission nationale de l'informatique et des libertés (CNIL)"). The run stays in
    // its clause, within as many words as the paper allows (the acronym's length plus five, at most twice it), and opens
    // with a capital, as a name does.
    private static IEnumerable<(int Start, int End, int Open, int Close)> Untagged(string text, IReadOnlyList<RawMention> mentions)
    {
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open - 1 is < 2 or > 8)
            {
                continue;
            }

            var acronym = Letters(text[(open + 1)..close]);
            var mixed = !acronym.All(char.IsUpper);
            if (mixed && !IsMixedAcronym(acronym))
            {
                continue;
            }

            var end = open;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = LongForm(text, end, acronym);
            if (start < 0 || (mixed && Words(text, start, end) < MixedWords))
            {
                continue;
            }

            // Names the tagger found inside the words ("Deutscher Zugbegleiter") give way; one crossing their edge does not.
            if (!mentions.Any(m => m.Start < open && start < m.End && (m.Start < start || m.End > end)))
            {
                yield return (start, end, open, close);
            }
        }
    }

    // "(G-BA)", "(ZF-B)": hyphens between an acronym's letters join parts of one name ("Gemeinsamer Bundesausschuss"), the
    // letters spell it; a hyphen at either end or two in a row make no acronym.
    private static string Letters(string acronym) =>
        acronym.Contains('-', StringComparison.Ordinal) && acronym[0] != '-' && acronym[^1] != '-' && !acronym.Contains("--", StringComparison.Ordinal)
            ? acronym.Replace("-", "", StringComparison.Ordinal)
            : acronym;

    // "(BAuA)", "(LfU)", "(Sergas)": an acronym with small letters, made of the first letters or syllables of the name's
    // words. Spelt out by at least MixedWords words, since a word in brackets with a capital is as often a place or a
    // translation ("(Belgium)").
    private static bool IsMixedAcronym(string acronym) =>
        acronym.Length >= 3 && char.IsUpper(acronym[0]) && acronym.All(char.IsLetter);

    private const int MixedWords = 3;

    private static int Words(string text, int start, int end) =>
        text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Letters, digits, and the hyphens and apostrophes inside a word ("Rheinisch-Westfälische", "l'informatique").
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’';

    // Where the words ending at end that spell the acronym start, or -1.
    private static int LongForm(string text, int end, string acronym)
    {
        var maxWords = Math.Min(acronym.Length + 5, acronym.Length * 2);
        var clause = end;
        for (var words = 0; clause > 0 && words < maxWords; words++)
        {
            var wordStart = clause;
            while (wordStart > 0 && IsWordChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == clause)
            {
                break;
            }

            clause = wordStart;
            if (clause == 0 || text[clause - 1] != ' ')
            {
                break;
            }

            var before = clause - 1;
            while (before > 0 && text[before - 1] == ' ')
            {
                before--;
            }

            if (before == 0 || !IsWordChar(text[before - 1]))
            {
                break;
            }

            clause = before;
        }

        var at = end - 1;
        for (var letter = acronym.Length - 1; letter >= 0; letter--, at--)
        {
            var wanted = char.ToLowerInvariant(acronym[letter]);
            while (at >= clause && (char.ToLowerInvariant(text[at]) != wanted || (letter == 0 && at > clause && char.IsLetterOrDigit(text[at - 1]))))
            {
                at--;
            }

            if (at < clause)
            {
                return -1;
            }
        }

        var first = at + 1;
        return char.IsUpper(text[first]) && end - first > acronym.Length ? first : -1;
    }
}
