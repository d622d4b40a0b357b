using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Entities.Names;

/// <summary>
/// Every name the project knows, from the gazetteer files (<c>Resources/common/gazetteer/*.tsv</c>) and the team's alias table
/// (<c>Resources/common/aliases.tsv</c>): it gives a mention its canonical name across languages (Bruxelles, Brüssel → Brussels)
/// and finds known names in token sequences for the tagger. Immutable and safe to share between threads.
/// </summary>
public sealed class NameCatalog
{
    /// <summary>The gazetteer files read, in <c>Resources/common/gazetteer/</c>; a folder on disk may lack some.</summary>
    public static readonly IReadOnlyList<string> GazetteerFiles = ["regions.tsv", "countries.tsv", "subdivisions.tsv", "cities.tsv"];

    /// <summary>Place names that are also frequent capitalised words (Police, Best, Zug): <see cref="Match"/> skips them alone.</summary>
    public const string AmbiguousFile = "ambiguous-names.txt";

    /// <summary>Articles stripped before a name (la France, die Schweiz), one <c>[language]</c> section each.</summary>
    public const string DeterminersFile = "determiners.txt";

    private const int MaxTokens = 6;

    private static readonly Lazy<NameCatalog> EmbeddedInstance = new(() => Load(LanguageResources.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<NameCandidate>> exact;
    private readonly Lazy<Dictionary<string, List<NameCandidate>>> folded;
    private readonly Dictionary<string, List<TokenCandidate>> firstTokens;
    private readonly Dictionary<string, int> languageBits;
    private readonly IReadOnlySet<string> elisions;
    private readonly IReadOnlySet<string> determiners;
    private readonly IReadOnlySet<string> ambiguous;
    private readonly IReadOnlyDictionary<string, string[]> genitiveEndings;

    private NameCatalog(
        IEnumerable<GazetteerEntry> entries,
        IReadOnlyList<GazetteerEntry> aliases,
        IReadOnlySet<string> determiners,
        IReadOnlySet<string> ambiguous,
        LanguageResources resources)
    {
        var cues = resources.Languages.ToDictionary(l => l, l => EntityCues.For(resources, l), StringComparer.Ordinal);
        elisions = cues.Values.SelectMany(c => c.Elisions).ToHashSet(StringComparer.OrdinalIgnoreCase);
        this.determiners = determiners;
        this.ambiguous = ambiguous;
        genitiveEndings = cues.ToDictionary(kv => kv.Key, kv => kv.Value.GenitiveEndings.OrderByDescending(e => e.Length).ToArray(), StringComparer.Ordinal);
        languageBits = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = new NameIndexBuilder(languageBits, new Tokenizer(elisions));
        index.AddAll(entries, aliases);
        exact = index.Exact();
        firstTokens = index.FirstTokens(MaxTokens, ambiguous);
        folded = new Lazy<Dictionary<string, List<NameCandidate>>>(index.Folded, LazyThreadSafetyMode.ExecutionAndPublication);
        Count = index.EntryCount;
    }

    /// <summary>The library's own names, loaded once on first use.</summary>
    public static NameCatalog Embedded => EmbeddedInstance.Value;

    /// <summary>How many entries (places, organisations...) the catalog holds.</summary>
    public int Count { get; }

    /// <summary>
    /// Reads the gazetteer files, the alias table, the determiners and the ambiguous names of <paramref name="resources"/>
    /// (<c>common/...</c>; a missing file counts as empty) and every language's elisions and genitive endings (<c>entities.txt</c>).
    /// A malformed file throws, naming its line.
    /// </summary>
    public static NameCatalog Load(LanguageResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var entries = new List<GazetteerEntry>();
        foreach (var file in GazetteerFiles)
        {
            if (resources.ReadLines("common", "gazetteer/" + file) is { } lines)
            {
                entries.AddRange(GazetteerFile.Parse(lines, "common/gazetteer/" + file));
            }
        }

        var aliases = resources.ReadLines("common", AliasTable.File) is { } aliasLines
            ? AliasTable.Parse(aliasLines, "common/" + AliasTable.File)
            : [];
        var determiners = resources.ReadLines("common", DeterminersFile) is { } determinerLines
            ? SectionedList.Parse(determinerLines, "common/" + DeterminersFile).Select(e => e.Entry).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var ambiguous = resources.ReadLines("common", AmbiguousFile) is { } ambiguousLines
            ? SectionedList.Parse(ambiguousLines, "common/" + AmbiguousFile, ["single-token"]).Select(e => e.Entry).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        return new NameCatalog(entries, aliases, determiners, ambiguous, resources);
    }

    /// <summary>
    /// The canonical name of a mention as written ("Bruxelles", "l'Union européenne", "Frankreichs"), in an article of
    /// <paramref name="language"/>, of the tagger's type guess (null or <see cref="EntityType.Other"/>: any). Tries the text as
    /// written, then without a leading elided article or determiner, then case- and accent-insensitively, then without a
    /// genitive ending of the language. Null when the name is unknown.
    /// </summary>
    public CanonicalName? Resolve(string surface, string language, EntityType? type = null)
    {
        if (string.IsNullOrWhiteSpace(surface))
        {
            return null;
        }

        var forms = Forms(surface.Trim());
        var wanted = type is EntityType.Other ? null : type;
        foreach (var form in forms)
        {
            if (exact.TryGetValue(form, out var found) && Best(found, language, wanted) is { } hit)
            {
                return hit;
            }
        }

        // "ITA" is no spelling of Itá: letters in capitals as short as initials match only as written.
        foreach (var form in IsInitials(surface.Trim()) ? [] : forms)
        {
            if (folded.Value.TryGetValue(NameFolding.Fold(form), out var found) && Best(found, language, wanted) is { } hit)
            {
                return hit;
            }
        }

        foreach (var ending in genitiveEndings.GetValueOrDefault(language) ?? [])
        {
            var form = forms[^1];
            if (form.Length > ending.Length + 2 && form.EndsWith(ending, StringComparison.Ordinal)
                && exact.TryGetValue(form[..^ending.Length], out var found) && Best(found, language, wanted) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>
    /// The place a single word names in <paramref name="language"/> (its own column or a name good in every language), when
    /// that place ranks at least <paramref name="minRank"/> (a city's population; countries and regions rank above every
    /// city). Null for words of <c>ambiguous-names.txt</c> and for names known only in other languages: "Parigi" in Italian,
    /// not "Tours" read as a Dutch word.
    /// </summary>
    public CanonicalName? LocalPlace(string word, string language, long minRank)
    {
        if (ambiguous.Contains(word) || !exact.TryGetValue(word, out var candidates))
        {
            return null;
        }

        var bit = languageBits.TryGetValue(language, out var b) ? 1UL << b : 0;
        NameCandidate? best = null;
        foreach (var c in candidates)
        {
            if (c.Name.Type == EntityType.Place && c.Rank >= minRank && (c.Neutral || (c.Languages & bit) != 0)
                && (best is not { } current || c.Rank > current.Rank))
            {
                best = c;
            }
        }

        return best?.Name;
    }

    /// <summary>
    /// The longest known name (1 to 6 tokens) that starts at <c>tokens[start]</c>, compared case-insensitively, or null.
    /// The first token must be capitalised (all capitals for an acronym), so lower-case words (nice, mobile, split) never match;
    /// a one-word name listed in <c>ambiguous-names.txt</c> (Police, Zug) never matches alone.
    /// </summary>
    public NameMatch? Match(IReadOnlyList<string> tokens, int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (start < 0 || start >= tokens.Count)
        {
            return null;
        }

        var first = tokens[start];
        if (first.Length == 0 || !char.IsUpper(first[0]) || !firstTokens.TryGetValue(first, out var candidates))
        {
            return null;
        }

        // Candidates are sorted longest first, then by rank: the first that fits is the answer.
        foreach (var candidate in candidates)
        {
            if (start + candidate.Rest.Length >= tokens.Count)
            {
                continue;
            }

            if (candidate.Acronym && !IsAllCaps(first))
            {
                continue;
            }

            var fits = true;
            for (var k = 0; k < candidate.Rest.Length && fits; k++)
            {
                fits = string.Equals(tokens[start + 1 + k], candidate.Rest[k], StringComparison.OrdinalIgnoreCase);
            }

            if (fits)
            {
                return candidate.Result;
            }
        }

        return null;
    }

    private static bool IsInitials(string surface) => surface.Length <= MaxInitials && surface.All(char.IsUpper);

    // Longer words in capitals are names written so in a text in capitals ("PARIS"), which fold to theirs.
    private const int MaxInitials = 3;

    private static bool IsAllCaps(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // The surface, then without an elided article (l'Union → Union), then without a determiner (die Schweiz → Schweiz).
    private string[] Forms(string surface)
    {
        var forms = new List<string>(3) { surface };
        var apostrophe = surface.IndexOfAny(['\'', '\u2019', '\u02BC']);
        if (apostrophe > 0 && apostrophe < surface.Length - 1 && elisions.Contains(surface[..apostrophe]))
        {
            forms.Add(surface[(apostrophe + 1)..]);
        }

        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && space < surface.Length - 1 && determiners.Contains(surface[..space]))
        {
            forms.Add(surface[(space + 1)..]);
        }

        return [.. forms];
    }

    // Of the entries a name may stand for: the wanted type only; among them the ones named so in the article's language (or in
    // every language), then the highest rank (the most populous city, a country before a city, the team's aliases first).
    private CanonicalName? Best(List<NameCandidate> candidates, string language, EntityType? type)
    {
        var bit = languageBits.TryGetValue(language, out var b) ? 1UL << b : 0;
        NameCandidate? best = null;
        foreach (var c in candidates)
        {
            if (type is { } t && c.Name.Type != t)
            {
                continue;
            }

            if (best is not { } current || Better(c, current, bit))
            {
                best = c;
            }
        }

        return best?.Name;
    }

    private static bool Better(NameCandidate a, NameCandidate b, ulong bit)
    {
        var aLocal = a.Neutral || (a.Languages & bit) != 0;
        var bLocal = b.Neutral || (b.Languages & bit) != 0;
        return aLocal != bLocal ? aLocal : a.Rank > b.Rank;
    }
}
