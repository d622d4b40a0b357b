using System.Globalization;
using Storyline.Languages;

namespace Storyline.Figures.Numbers;

/// <summary>
/// A language's number facts, read from <c>Resources/&lt;lang&gt;/numbers.txt</c>: number words by role, scale suffixes
/// (case-sensitive), which separators mark decimals and groups, and the words that cancel a reading (pronoun "one",
/// "au moins").
/// </summary>
internal sealed class NumberLexicon
{
    public const string File = "numbers.txt";

    public static readonly IReadOnlyList<string> Sections =
    [
        "units", "tens", "hundreds", "scales", "ratios", "scale-suffixes", "fractions", "fraction-values", "connectors", "negative",
        "not-negative-after", "decimal-words", "articles", "one-pronoun-cues", "decimal-separators", "group-separators",
    ];

    // A word part longer than this is never a number word; bounds the compound splitter's work per letter.
    private const int MaxPartLength = 24;

    private readonly Dictionary<string, NumberWord> words;
    private readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> wordSpans;

    private NumberLexicon(
        Dictionary<string, NumberWord> words,
        IReadOnlyDictionary<string, ScaleSuffix> suffixes,
        IReadOnlyList<char> decimalSeparators,
        IReadOnlySet<char> groupSeparators,
        IReadOnlySet<string> onePronounCues,
        IReadOnlySet<string> notNegativeAfter)
    {
        this.words = words;
        wordSpans = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Suffixes = suffixes;
        DecimalSeparators = decimalSeparators;
        GroupSeparators = groupSeparators;
        OnePronounCues = onePronounCues;
        NotNegativeAfter = notNegativeAfter;
        MaxWordParts = words.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        MaxSuffixLength = suffixes.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>Case-sensitive suffixes written after digits ("10k", "6.6bn", "10M"), with their multiplier.</summary>
    public IReadOnlyDictionary<string, ScaleSuffix> Suffixes { get; }

    /// <summary>Characters that may mark decimals; the first is the default when one separator precedes three digits.</summary>
    public IReadOnlyList<char> DecimalSeparators { get; }

    public IReadOnlySet<char> GroupSeparators { get; }

    public IReadOnlySet<string> OnePronounCues { get; }

    public IReadOnlySet<string> NotNegativeAfter { get; }

    /// <summary>The most words in one entry ("quatre vingt dix"): how far the tokenizer looks for a longer entry.</summary>
    public int MaxWordParts { get; }

    public int MaxSuffixLength { get; }

    public char DefaultDecimal => DecimalSeparators.Count > 0 ? DecimalSeparators[0] : '.';

    /// <summary>The entry for a lower-cased word, or for several words joined by single spaces.</summary>
    public NumberWord? Word(string lower) => words.GetValueOrDefault(lower);

    public NumberWord? Word(ReadOnlySpan<char> lower) => wordSpans.TryGetValue(lower, out var w) ? w : null;

    /// <summary>A lexicon with this one's separators and suffixes but no words: digits only.</summary>
    public NumberLexicon DigitsOnly() =>
        new([], Suffixes, DecimalSeparators, GroupSeparators, new HashSet<string>(), new HashSet<string>());

    /// <summary>
    /// Splits a lower-cased word made only of number words ("dreihundertfünfundzwanzig") into them, longest entry
    /// first at each point; null when some part is not a number word. Greedy without backtracking is enough for
    /// German because no number word is a prefix of another that would need the shorter reading.
    /// </summary>
    public IReadOnlyList<(int Offset, int Length, NumberWord Word)>? Split(ReadOnlySpan<char> lower)
    {
        var parts = new List<(int, int, NumberWord)>();
        var at = 0;
        while (at < lower.Length)
        {
            var found = false;
            for (var length = Math.Min(MaxPartLength, lower.Length - at); length > 0; length--)
            {
                if (Word(lower.Slice(at, length)) is { } w)
                {
                    parts.Add((at, length, w));
                    at += length;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return parts.Count > 1 ? parts : null;
    }

    public static NumberLexicon Parse(IReadOnlyList<string> lines, string resource)
    {
        var entries = SectionedList.Parse(lines, resource, Sections, preserveCase: true);
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, ScaleSuffix>(StringComparer.Ordinal);
        var decimals = new List<char>();
        var groups = new HashSet<char>();
        var pronounCues = new HashSet<string>(StringComparer.Ordinal);
        var notNegative = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<string>();
        foreach (var (section, entry) in entries)
        {
            var columns = entry.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var key = section == "scale-suffixes" ? columns[0] : Normalise(columns[0]);
            var flag = columns.Length > 2 ? columns[2] : "";
            switch (section)
            {
                case "units" or "tens" or "hundreds" or "scales" or "fractions" or "fraction-values":
                    var value = Number(columns, resource, entry);
                    var kind = section switch
                    {
                        "units" => NumberWordKind.Unit,
                        "tens" => NumberWordKind.Tens,
                        "hundreds" => NumberWordKind.Hundreds,
                        "scales" => value < 1000 ? NumberWordKind.Multiplier : NumberWordKind.Scale,
                        "fractions" => NumberWordKind.Fraction,
                        _ => NumberWordKind.FractionValue,
                    };
                    words[key] = new NumberWord(kind, value, flag == "teens", flag == "plural", flag == "bare", false);
                    break;
                case "scale-suffixes":
                    suffixes[key] = new ScaleSuffix(Number(columns, resource, entry), flag == "spaced", flag == "glued", flag == "currency");
                    break;
                case "ratios":
                    // word<TAB>flags: "smaller" and "written" (see NumberWord); no value column.
                    var rule = columns.Length > 1 ? columns[1] : "";
                    words[key] = new NumberWord(
                        NumberWordKind.Ratio, 0, false, false, false, false, rule.Contains("smaller", StringComparison.Ordinal), rule.Contains("written", StringComparison.Ordinal));
                    break;
                case "connectors":
                    words[key] = new NumberWord(NumberWordKind.Connector, 0, false, false, false, false);
                    break;
                case "negative":
                    words[key] = new NumberWord(NumberWordKind.Negative, 0, false, false, false, false);
                    break;
                case "decimal-words":
                    words[key] = new NumberWord(NumberWordKind.DecimalWord, 0, false, false, false, false);
                    break;
                case "articles":
                    articles.Add(key);
                    break;
                case "one-pronoun-cues":
                    pronounCues.Add(key);
                    break;
                case "not-negative-after":
                    notNegative.Add(key);
                    break;
                case "decimal-separators":
                    decimals.Add(Character(columns[0], resource));
                    break;
                case "group-separators":
                    groups.Add(Character(columns[0], resource));
                    break;
            }
        }

        // An article that is also a unit (French "un", German "ein") keeps its unit role and is marked, so that a
        // phrase made of articles alone is not read; an article only ("a", "einer") reads as one before a scale.
        foreach (var article in articles)
        {
            words[article] = words.TryGetValue(article, out var w)
                ? w with { IsArticle = true }
                : new NumberWord(NumberWordKind.Article, 1, false, false, false, true);
        }

        return new NumberLexicon(words, suffixes, decimals, groups, pronounCues, notNegative);
    }

    // Entries of several words are keyed with single spaces, whatever joins them in the data ("quatre-vingt-dix").
    private static string Normalise(string word) =>
        string.Join(' ', word.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    private static double Number(string[] columns, string resource, string entry) =>
        columns.Length > 1 && double.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"Resource {resource}: '{entry}' needs a number after a tab.");

    private static char Character(string text, string resource)
    {
        if (text.Length == 1)
        {
            return text[0];
        }

        return text.StartsWith("U+", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            ? (char)code
            : throw new InvalidDataException($"Resource {resource}: separator '{text}' is neither one character nor U+XXXX.");
    }
}
