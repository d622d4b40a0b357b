using System.Collections.Concurrent;
using Lingua;

namespace Storyline.Text;

/// <summary>
/// Settles the cases CLD2 gets wrong on short text (neighbouring languages, proper names in a foreign language) by asking
/// Lingua, restricted to the few candidates CLD2 proposed and their neighbours.
/// </summary>
/// <remarks>
/// Lingua's low-accuracy mode over all 79 languages needs about 1.8 ms for a 180-character snippet (measured with
/// SearchPioneer.Lingua 2.0.0 on one core), far too slow for every paragraph; restricted to a handful of candidates it
/// is affordable for the 1-5% of texts that reach it. Detectors are cached per candidate set; Lingua shares the loaded
/// models between detectors, so the cache costs little memory (about 1-4 MiB of models per language, loaded on first use).
/// </remarks>
internal sealed class CloseCallRefiner
{
    /// <summary>Embedded resource with the groups of neighbouring languages.</summary>
    public const string ResourceName = "common/language-close-calls.txt";

    // Below this share of the text CLD2's first language is too contested to trust without a second opinion.
    private const int MinTrustedPercent = 80;

    // Lingua's cost grows with the text; 600 characters are several sentences, plenty to tell neighbours apart.
    private const int MaxSampleChars = 600;

    // A language Lingua does not know (gl, lb, mt...) is kept unless Lingua is this sure of one it knows.
    private const double OverrideUnknownAbove = 0.9;

    private static readonly Dictionary<string, Language> LinguaLanguages = LanguageInfo.All()
        .ToDictionary(l => LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private readonly Dictionary<string, string[]> groupOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> overPredicted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<LanguageDetector>> detectors = new(StringComparer.Ordinal);

    public CloseCallRefiner()
    {
        foreach (var group in ReadGroups())
        {
            var codes = group.Select(c => c.TrimEnd('*')).ToArray();
            foreach (var raw in group)
            {
                var code = raw.TrimEnd('*');
                groupOf[code] = codes;
                if (raw.EndsWith('*'))
                {
                    overPredicted.Add(code);
                }
            }
        }
    }

    /// <summary>True when CLD2's verdict is contested enough to be checked.</summary>
    public bool NeedsCheck(Cld2Verdict verdict) =>
        !verdict.IsReliable
        || verdict.FirstPercent < MinTrustedPercent
        || overPredicted.Contains(verdict.First)
        || AreNeighbours(verdict.First, verdict.Second)
        || AreNeighbours(verdict.First, verdict.Third);

    /// <summary>True when two languages are in the same close-call group (the hint in an article can then tip the balance).</summary>
    public bool AreNeighbours(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal) && groupOf.TryGetValue(a, out var group) && group.Contains(b, StringComparer.Ordinal);

    /// <summary>Lingua's choice among CLD2's candidates, their neighbours and English; null when there is nothing to choose from.</summary>
    public LanguageGuess? Refine(string text, Cld2Verdict verdict, string? alsoConsider = null)
    {
        var candidates = new SortedSet<string>(StringComparer.Ordinal) { "en" };
        if (alsoConsider is not null)
        {
            candidates.Add(alsoConsider);
        }

        foreach (var code in (ReadOnlySpan<string>)[verdict.First, verdict.Second, verdict.Third])
        {
            if (string.Equals(code, LanguageGuess.UndeterminedCode, StringComparison.Ordinal))
            {
                continue;
            }

            candidates.Add(code);
            if (groupOf.TryGetValue(code, out var group))
            {
                candidates.UnionWith(group);
            }
        }

        candidates.RemoveWhere(c => !LinguaLanguages.ContainsKey(c));
        if (candidates.Count < 2)
        {
            return null;
        }

        var key = string.Join(',', candidates);
        var detector = detectors.GetOrAdd(key, _ => new Lazy<LanguageDetector>(() => Build(candidates))).Value;
        var sample = text.Length <= MaxSampleChars ? text : text[..CutAtSpace(text, MaxSampleChars)];
        var best = default(KeyValuePair<Language, double>);
        foreach (var pair in detector.ComputeLanguageConfidenceValues(sample))
        {
            if (pair.Value > best.Value)
            {
                best = pair;
            }
        }

        if (best.Value <= 0)
        {
            return null;
        }

        var chosen = LanguageInfo.IsoCode6391(best.Key).ToString().ToLowerInvariant();
        var cld2KnowsBetter = !LinguaLanguages.ContainsKey(verdict.First)
            && !string.Equals(verdict.First, LanguageGuess.UndeterminedCode, StringComparison.Ordinal)
            && best.Value < OverrideUnknownAbove;
        return cld2KnowsBetter ? null : new LanguageGuess(chosen, best.Value);
    }

    private static LanguageDetector Build(IEnumerable<string> codes) =>
        LanguageDetectorBuilder.FromLanguages([.. codes.Select(c => LinguaLanguages[c])])
            .WithLowAccuracyMode()
            .WithPreloadedLanguageModels()
            .Build();

    private static int CutAtSpace(string text, int max)
    {
        var space = text.LastIndexOf(' ', max - 1, max / 2);
        return space > 0 ? space : max;
    }

    private static IEnumerable<string[]> ReadGroups()
    {
        using var stream = typeof(CloseCallRefiner).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        var groups = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var content = line.Trim();
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            var codes = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length < 2)
            {
                throw new InvalidOperationException($"'{ResourceName}': a group needs two languages or more: '{content}'.");
            }

            groups.Add(codes);
        }

        return groups;
    }
}
