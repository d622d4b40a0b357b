using Storyline.Entities;

namespace Storyline.Quotes;

/// <summary>
/// An article's entity mentions in text order, as speakers are found among them: the mentions between two positions, the
/// last person or organisation named before a position (a pronoun's antecedent), the organisation the article names most.
/// Names inside quotation marks are never a speaker: someone quoted is not the one speaking; a publication's or
/// organisation's name that the marks hold alone after a noun for it ("die Zeitung „Rheinpost“") is a name written in marks.
/// </summary>
internal sealed class SpeakerMentions
{
    // How many mentions back a noun looks for the name it takes up: a paragraph or two.
    private const int NounLookBack = 30;

    private readonly string text;
    private readonly List<(int Start, int End, Entity Entity)> all;

    // For each mention, the index of the last person (organisation) mention at or before it (-1 when none), so that a
    // pronoun finds its antecedent without walking back over every other mention of a long article.
    private readonly int[] lastPerson;
    private readonly int[] lastOrganisation;

    // Whether each mention lies inside quotation marks.
    private readonly bool[] quoted;

    private readonly EntityCues cues;

    // spans: the article's quote spans in text order.
    public SpeakerMentions(string text, IReadOnlyList<Entity> entities, IReadOnlyList<QuoteSpan> spans, EntityCues cues)
    {
        this.text = text;
        this.cues = cues;
        all = entities.SelectMany(e => e.Mentions.Select(m => (m.Start, m.Start + m.Length, e)))
            .Where(m => m.Start >= 0 && m.Item2 <= text.Length)
            .OrderBy(m => m.Start)
            .ToList();
        quoted = Quoted(spans);
        lastPerson = LastOf(EntityType.Person);
        lastOrganisation = LastOf(EntityType.Organisation);
    }

    public int Count => all.Count;

    public (int Start, int End, Entity Entity) this[int i] => all[i];

    /// <summary>The index of the last person (organisation) mention outside quotes at or before mention i, or -1.</summary>
    public int LastIndex(EntityType type, int i) => i < 0 ? -1 : (type == EntityType.Person ? lastPerson : lastOrganisation)[i];

    // "the company said": the organisation the article is about, the one it names most often (outside quotes), rather than
    // the last one named before (an investor, a partner, a rival); one named before the position, so that the noun has
    // something to take up. among: which mentions before the position make their organisation a candidate (all if null).
    public string? FocusBefore(int position, Func<int, bool>? among = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            if (lastOrganisation[i] == i)
            {
                var name = all[i].Entity.Name;
                counts[name] = counts.GetValueOrDefault(name) + 1;
                if (all[i].End <= position && !before.Contains(name) && (among is null || among(i)))
                {
                    before.Add(name);
                }
            }
        }

        // On a tie, the one named first.
        return before.Count == 0 ? null : before.MaxBy(n => counts[n]);
    }

    /// <summary>
    /// Of the organisations named before the position, the one the noun introduced, within <see cref="IntroductionWords"/>
    /// words before one of its mentions ("la compagnie aérienne néerlandaise Noordwind Airlines" for "la compagnie"; "le
    /// syndicat BVC" is not), or a compound ending in it ("zum Chemiekonzern Gruppo Selvani" for "des Konzerns", a genitive
    /// ending of <paramref name="genitiveEndings"/> aside), the one named most if several (<see cref="FocusBefore"/>); null
    /// when none.
    /// </summary>
    public string? IntroducedBy(string? noun, int position, IReadOnlySet<string> genitiveEndings)
    {
        if (noun is null || noun.Length < 4)
        {
            return null;
        }

        var forms = Forms(noun, genitiveEndings);
        return FocusBefore(position, i => Introduces(forms, i));
    }

    /// <summary>
    /// The organisation named before the position that the noun itself introduced (<see cref="IntroducedBy"/>), or whose
    /// name it follows or ends ("the Solis union", "Vanderkelen Hospital"); null when none. Unlike a noun for the company,
    /// no other organisation stands in.
    /// </summary>
    public string? NamedByOwnNoun(string noun, int position, IReadOnlySet<string> genitiveEndings, bool organisational)
    {
        var forms = Forms(noun, genitiveEndings);
        return FocusBefore(position, i => Introduces(forms, i, words: 1) || Ends(forms, i) || (organisational && Followed(forms, i)));
    }

    // The noun as written and without each genitive ending it has ("des Konzerns" → "Konzern"), the stem four letters at least.
    private static List<string> Forms(string noun, IReadOnlySet<string> genitiveEndings) =>
        genitiveEndings.Where(e => noun.Length > e.Length + 3 && noun.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            .Select(e => noun[..^e.Length]).Prepend(noun).ToList();

    // "Vanderkelen Hospital": the noun is the name's last word.
    private bool Ends(IReadOnlyList<string> forms, int mention)
    {
        var (start, end, _) = all[mention];
        var last = text[start..end].Split(' ')[^1];
        return forms.Any(f => string.Equals(last, f, StringComparison.OrdinalIgnoreCase));
    }

    // "the Solis union": the noun is the word right after the name (not "the NAACP letter": only nouns for organisations).
    private bool Followed(IReadOnlyList<string> forms, int mention)
    {
        var after = all[mention].End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var next = after;
        while (next < text.Length && char.IsLetter(text[next]))
        {
            next++;
        }

        return forms.Any(f => text.AsSpan(after, next - after).Equals(f, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// What a noun for the company stands for ("the company", "des Konzerns"): the organisation it introduced
    /// (<see cref="IntroducedBy"/>), else the one the article is about (<see cref="FocusBefore"/>), a company before a
    /// union, an association or a public body ("ein Sprecher des Unternehmens" after "die Gewerkschaft Luftverkehr und
    /// Logistik" is the company's; <see cref="EntityCues.NamesNoCompany"/>).
    /// </summary>
    public string? Company(string? noun, int position, EntityCues cues) =>
        IntroducedBy(noun, position, cues.GenitiveEndings) ?? FocusBefore(position, i => !cues.NamesNoCompany(all[i].Entity.Name)) ?? FocusBefore(position);

    private bool Introduces(IReadOnlyList<string> forms, int mention, int words = IntroductionWords)
    {
        var before = text[Math.Max(0, all[mention].Start - IntroductionReach)..all[mention].Start];
        return before.Split([' ', '\'', '\u2019', ','], StringSplitOptions.RemoveEmptyEntries).TakeLast(words)
            .Any(w => forms.Any(noun => string.Equals(w, noun, StringComparison.OrdinalIgnoreCase)
                || (w.Length >= noun.Length + CompoundHead && w.EndsWith(noun, StringComparison.OrdinalIgnoreCase))));
    }

    // A compound is at least this much longer than its head ("Chemiekonzern", "pilotenvakbond").
    private const int CompoundHead = 3;

    // "la compagnie aérienne néerlandaise Noordwind": the noun and up to two words that describe it.
    private const int IntroductionWords = 3;

    // Characters read before a mention for those words.
    private const int IntroductionReach = 60;

    // “We beat Musk,” he said, “and …”: "he" is the speaker, not the name he quoted, so mentions inside marks are left out.
    private int[] LastOf(EntityType type)
    {
        var last = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            last[i] = all[i].Entity.Type == type && !quoted[i] ? i : i > 0 ? last[i - 1] : -1;
        }

        return last;
    }

    // Whether each mention starts inside a quote; both lists are in text order, so one merge pass.
    private bool[] Quoted(IReadOnlyList<QuoteSpan> spans)
    {
        var quoted = new bool[Count];
        var s = 0;
        for (var i = 0; i < Count; i++)
        {
            while (s < spans.Count && spans[s].End < all[i].Start)
            {
                s++;
            }

            quoted[i] = s < spans.Count && spans[s].Open < all[i].Start && !Fills(spans[s], all[i].Start, all[i].End);
        }

        return quoted;
    }

    // "die Wochenzeitschrift „Jungle World“ hatte kritisiert": a publication's or organisation's name written in marks after
    // a noun for it (QuotedOrganisations), the marks holding the name and nothing else, may name a speaker; someone quoted
    // stands among other quoted words, and a study's or a film's title says nothing.
    private bool Fills(QuoteSpan span, int start, int end) =>
        span.Close > 0 && QuotedOrganisations.Introduced(text, span.Open, cues)
        && text.AsSpan(span.Open + 1, start - span.Open - 1).IsWhiteSpace() && end <= span.Close
        && text.AsSpan(end, span.Close - end).IsWhiteSpace();

    /// <summary>The last person (organisation) named outside quotes and ending at or before the position, or null.</summary>
    public string? LastBefore(EntityType type, int position) => LastIndexBefore(type, position) is var i and >= 0 ? all[i].Entity.Name : null;

    /// <summary>The index of the last person (organisation) mention outside quotes ending at or before the position, or -1.</summary>
    public int LastIndexBefore(EntityType type, int position)
    {
        // A mention running over the position (rare: overlapping mentions) is skipped for the one before it.
        var i = LastIndex(type, FirstAtOrAfter(position) - 1);
        while (i >= 0 && all[i].End > position)
        {
            i = LastIndex(type, i - 1);
        }

        return i;
    }

    /// <summary>
    /// The last organisation or person named outside quotes before the position whose name has a word like the noun:
    /// "el museo" after "Museo Larrañaga", "le tribunal" after "tribunal régional de Hambourg", "the court" after
    /// "Hamburg Regional Court", "the museum" after "Museo Larrañaga". The same folded word, a cognate or a word differing in
    /// its ending alone (<see cref="Statements.Cognates.NameStem"/>); null when none of the last <see cref="NounLookBack"/>
    /// mentions has one.
    /// </summary>
    public string? NamedLike(string noun, int position, bool compounds = false)
    {
        var folded = Entities.Names.NameFolding.Fold(noun);
        var first = FirstAtOrAfter(position) - 1;
        for (var i = first; i >= 0 && first - i < NounLookBack; i--)
        {
            var (start, end, entity) = all[i];
            if (end > position || quoted[i] || entity.Type is not (EntityType.Organisation or EntityType.Person))
            {
                continue;
            }

            var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            // Where nouns are capitalised, "die Initiative" takes up "Bürgerinitiative Klares Wasser Lausitz": a compound
            // ending in the noun, not the noun itself ("der Minister" is no "Ministerium").
            if (compounds ? words.Any(w => w.Length > folded.Length + 2 && Entities.Names.NameFolding.Fold(w).EndsWith(folded, StringComparison.Ordinal))
                : words.Any(w => Statements.Cognates.NameStem(folded, Entities.Names.NameFolding.Fold(w))))
            {
                return entity.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The last person named outside quotes before the position with the title written just before the name or in the
    /// apposition after it ("Oberbürgermeisterin Sabine Droste", "Itziar Goikoetxea, directora del museo"); null when none
    /// of the last <see cref="NounLookBack"/> mentions has it. A title written in a plural form of
    /// <paramref name="pluralEndings"/> introduces no one name ("der von den Ermittlern Demjanjuk zugeordnet wurde").
    /// </summary>
    public string? TitledBefore(string title, int position, IReadOnlyCollection<string> pluralEndings)
    {
        var first = FirstAtOrAfter(position) - 1;
        for (var i = first; i >= 0 && first - i < NounLookBack; i--)
        {
            var (start, end, entity) = all[i];
            if (end > position || quoted[i] || entity.Type != EntityType.Person)
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(0, start - TitleReach), Math.Min(start, TitleReach));
            var after = text.AsSpan(end, Math.Min(TitleReach, text.Length - end));
            var apposition = after.StartsWith(",") ? after[..(after[1..].IndexOfAny(".,;") is var k and >= 0 ? k + 1 : after.Length)] : default;
            if (HasWord(before[(before.LastIndexOfAny(".;") + 1)..], title, pluralEndings) || HasWord(apposition, title, pluralEndings))
            {
                return entity.Name;
            }
        }

        return null;
    }

    private const int InflectionLetters = 2;

    // How far from a name its title is read: "la direttrice del museo, " before it, "Oberbürgermeisterin " right before.
    private const int TitleReach = 40;

    private static bool HasWord(ReadOnlySpan<char> span, string word, IReadOnlyCollection<string> pluralEndings)
    {
        for (var i = span.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = NextIndex(span, word, i))
        {
            // "Abgeordneten" for "der Abgeordnete": an inflection ending of a letter or two may follow.
            var tail = i + word.Length;
            while (tail < span.Length && tail - (i + word.Length) < InflectionLetters && char.IsLetter(span[tail]))
            {
                tail++;
            }

            // "havenschepen", "Oberbürgermeisterin": a compound ending in the title holds it too.
            var whole = (i == 0 || !char.IsLetter(span[i - 1]) || IsCompoundHead(span, i)) && (tail >= span.Length || !char.IsLetter(span[tail]));
            if (whole && !(tail > i + word.Length && EndsInAny(span[i..tail], pluralEndings)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCompoundHead(ReadOnlySpan<char> span, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(span[start - 1]))
        {
            start--;
        }

        return i - start >= CompoundHead;
    }

    private static bool EndsInAny(ReadOnlySpan<char> written, IReadOnlyCollection<string> endings)
    {
        foreach (var ending in endings)
        {
            if (written.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> span, string word, int from) =>
        span[(from + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase) is var k and >= 0 ? from + 1 + k : -1;

    /// <summary>The entity named right before the position, with only spaces between.</summary>
    public Entity? EndingAt(int position)
    {
        for (var i = FirstAtOrAfter(position) - 1; i >= 0 && i >= FirstAtOrAfter(position) - 4; i--)
        {
            if (all[i].End <= position && text.AsSpan(all[i].End, position - all[i].End).IsWhiteSpace())
            {
                return all[i].Entity;
            }
        }

        return null;
    }

    /// <summary>The mention that starts at the position, or null.</summary>
    public (int Start, int End, Entity Entity)? StartingAt(int position) =>
        FirstAtOrAfter(position) is var i && i < Count && all[i].Start == position ? all[i] : null;

    /// <summary>The mentions outside quotes that lie between the two positions.</summary>
    public List<(int Start, int End, Entity Entity)> In(int start, int end)
    {
        var found = new List<(int, int, Entity)>();
        for (var i = FirstAtOrAfter(start); i < Count && all[i].Start < end; i++)
        {
            if (all[i].End <= end && !quoted[i])
            {
                found.Add(all[i]);
            }
        }

        return found;
    }

    /// <summary>The index of the first mention that starts at or after the position (Count when none).</summary>
    public int FirstAtOrAfter(int position)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (all[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
