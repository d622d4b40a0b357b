using Storyline.Entities.Tokens;

namespace Storyline.Entities.Names;

/// <summary>
/// Turns gazetteer entries and alias rows into the lookup tables of <see cref="NameCatalog"/>: written name → candidates,
/// folded name → candidates, first token → token sequences. An alias row joins the gazetteer entry of its id, or else the
/// highest-ranked entry of the same name and type, and renames it; its own names outrank every gazetteer name.
/// </summary>
internal sealed class NameIndexBuilder(Dictionary<string, int> languageBits, Tokenizer tokenizer)
{
    private const long AliasRank = long.MaxValue;

    // Most names stand for one entry: a short list searched by reference beats a dictionary per name (load time).
    private readonly Dictionary<string, List<NameCandidate>> names = new(StringComparer.Ordinal);

    public int EntryCount { get; private set; }

    public void AddAll(IEnumerable<GazetteerEntry> entries, IReadOnlyList<GazetteerEntry> aliases)
    {
        var list = entries.ToList();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<(string, EntityType), int>();
        for (var i = 0; i < list.Count; i++)
        {
            byId.TryAdd(list[i].Id, i);
            if (!byName.TryGetValue((list[i].Name, list[i].Type), out var other) || list[other].Rank < list[i].Rank)
            {
                byName[(list[i].Name, list[i].Type)] = i;
            }
        }

        var extra = new Dictionary<int, GazetteerEntry>();
        foreach (var alias in aliases)
        {
            if (byId.TryGetValue(alias.Id, out var i) || byName.TryGetValue((alias.Name, alias.Type), out i))
            {
                extra[i] = alias;
            }
        }

        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i];
            if (extra.TryGetValue(i, out var alias))
            {
                var name = new CanonicalName(alias.Name, alias.Type, entry.Id);
                Add(entry with { Name = alias.Name }, name, entry.Rank, neutralName: entry.Name);
                Add(alias, name, AliasRank);
            }
            else
            {
                Add(entry, new CanonicalName(entry.Name, entry.Type, entry.Id), entry.Rank);
            }
        }

        var merged = extra.Values.ToHashSet();
        foreach (var alias in aliases.Where(a => !merged.Contains(a)))
        {
            Add(alias, new CanonicalName(alias.Name, alias.Type, alias.Id.StartsWith("alias:", StringComparison.Ordinal) ? null : alias.Id), AliasRank);
        }

        EntryCount = list.Count + aliases.Count - merged.Count;
    }

    /// <summary>Written name → candidates; the builder's own table, handed over without a copy (load time).</summary>
    public Dictionary<string, List<NameCandidate>> Exact() => names;

    public Dictionary<string, List<NameCandidate>> Folded()
    {
        var folded = new Dictionary<string, List<NameCandidate>>(StringComparer.Ordinal);
        foreach (var (surface, candidates) in names)
        {
            var key = NameFolding.Fold(surface);
            if (!folded.TryGetValue(key, out var into))
            {
                folded[key] = into = [];
            }

            foreach (var candidate in candidates)
            {
                Merge(into, candidate);
            }
        }

        return folded;
    }

    public Dictionary<string, List<TokenCandidate>> FirstTokens(int maxTokens, IReadOnlySet<string> ambiguous)
    {
        var byFirst = new Dictionary<string, List<TokenCandidate>>(names.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (surface, candidates) in names)
        {
            // A plain word is its own token; only names with spaces or punctuation go through the tokenizer (load time).
            var tokens = IsPlainWord(surface) ? [surface] : Texts(tokenizer.Tokenize(surface));
            if (tokens.Length == 0 || tokens.Length > maxTokens || tokens[0].Length < 2 || !char.IsLetterOrDigit(tokens[0][0])
                || tokens[0][^1] is '\'' or '\u2019' || (tokens.Length == 1 && ambiguous.Contains(tokens[0])))
            {
                continue;
            }

            var first = tokens[0];
            var best = candidates[0];
            for (var i = 1; i < candidates.Count; i++)
            {
                best = candidates[i].Rank > best.Rank ? candidates[i] : best;
            }

            if (!byFirst.TryGetValue(first, out var list))
            {
                byFirst[first] = list = new List<TokenCandidate>(1);
            }

            list.Add(new TokenCandidate(tokens[1..], IsAcronym(first), best.Rank, new NameMatch(tokens.Length, best.Name)));
        }

        foreach (var list in byFirst.Values)
        {
            if (list.Count > 1)
            {
                list.Sort((a, b) => a.Rest.Length != b.Rest.Length ? b.Rest.Length.CompareTo(a.Rest.Length) : b.Rank.CompareTo(a.Rank));
            }
        }

        return byFirst;
    }

    private static bool IsPlainWord(string surface)
    {
        foreach (var c in surface)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Texts(IReadOnlyList<Token> tokens)
    {
        var texts = new string[tokens.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = tokens[i].Text;
        }

        return texts;
    }

    // "EU", "ONU", "U.S.": at least two letters and none in lower case.
    private static bool IsAcronym(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private void Add(GazetteerEntry entry, CanonicalName name, long rank, string? neutralName = null)
    {
        Put(entry.Name, name, rank, 0, neutral: true);
        if (neutralName is not null)
        {
            Put(neutralName, name, rank, 0, neutral: true);
        }

        foreach (var (column, written) in entry.Names)
        {
            var neutral = column == "other";
            var bit = neutral ? 0 : 1UL << Bit(column);
            foreach (var surface in written)
            {
                Put(surface, name, rank, bit, neutral);
            }
        }
    }

    private void Put(string surface, CanonicalName name, long rank, ulong bit, bool neutral)
    {
        if (!names.TryGetValue(surface, out var candidates))
        {
            names[surface] = candidates = [];
        }

        Merge(candidates, new NameCandidate(name, rank, bit, neutral));
    }

    // One candidate per entry (the same CanonicalName instance): columns and ranks are merged.
    private static void Merge(List<NameCandidate> into, NameCandidate b)
    {
        for (var i = 0; i < into.Count; i++)
        {
            var a = into[i];
            if (ReferenceEquals(a.Name, b.Name))
            {
                into[i] = new(a.Name, Math.Max(a.Rank, b.Rank), a.Languages | b.Languages, a.Neutral || b.Neutral);
                return;
            }
        }

        into.Add(b);
    }

    private int Bit(string column)
    {
        if (!languageBits.TryGetValue(column, out var bit))
        {
            bit = languageBits.Count < 64 ? languageBits.Count : throw new InvalidDataException("more than 64 name columns");
            languageBits[column] = bit;
        }

        return bit;
    }
}
