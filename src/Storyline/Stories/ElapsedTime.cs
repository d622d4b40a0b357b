using System.Collections.Concurrent;
using System.Globalization;
using Storyline.Figures;
using Storyline.Figures.Numbers;
using Storyline.Languages;

namespace Storyline.Stories;

/// <summary>
/// How long ago, by its own words, an earlier event happened: "five weeks after its funding round", "a month ago",
/// „vor einem Monat", « un mois après sa levée de fonds ». An amount (digits, a number word, an indefinite article), a
/// unit of time, and a word that makes it time elapsed since something, after the unit ("after", "nach", "ago") or
/// before the amount ("vor", "il y a", "hace"); each language's words are in its <c>elapsed.txt</c>.
/// </summary>
public sealed class ElapsedTime
{
    public const string File = "elapsed.txt";

    private static readonly IReadOnlyList<string> Sections = ["units", "after", "before"];

    private static readonly ConcurrentDictionary<string, ElapsedTime> Cache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> units = new(StringComparer.Ordinal);
    private readonly PhraseTable after;
    private readonly PhraseTable before;
    private readonly NumberReader numbers;

    private ElapsedTime(IReadOnlyList<(string Section, string Entry)> entries, string resource, NumberReader numbers)
    {
        this.numbers = numbers;
        foreach (var (_, entry) in entries.Where(e => e.Section == "units"))
        {
            var parts = entry.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            units[parts[0]] = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0
                ? days
                : throw new InvalidDataException($"Resource {resource}: '{entry}' needs a length in days.");
        }

        PhraseTable Table(string section) => new(entries.Where(e => e.Section == section).Select(e => (e.Entry, "")));
        (after, before) = (Table("after"), Table("before"));
    }

    /// <summary>A language's words, read once; a language without the file reads nothing.</summary>
    public static ElapsedTime For(string language) => Cache.GetOrAdd(language, Load);

    /// <summary>Words from lines in the format of <c>elapsed.txt</c>, for tests.</summary>
    public static ElapsedTime Parse(IReadOnlyList<string> lines, string resource, string language) =>
        new(SectionedList.Parse(lines, resource, Sections), resource, NumberReader.For(language));

    /// <summary>Each time elapsed the text names, in days, with where its words start and end.</summary>
    public IReadOnlyList<(int Start, int End, int Days)> Read(string text)
    {
        var found = new List<(int Start, int End, int Days)>();
        if (units.Count == 0)
        {
            return found;
        }

        var tokens = FigureTokens.Scan(text);
        for (var u = 1; u < tokens.Count; u++)
        {
            if (!units.TryGetValue(tokens[u].Lower, out var days) || Amount(tokens[u - 1].Lower) is not { } amount)
            {
                continue;
            }

            var link = after.MatchAt(text, tokens, u + 1);
            if (link is not null || (u >= 2 && before.MatchEndingAt(text, tokens, u - 2) is not null))
            {
                found.Add((tokens[u - 1].Start, tokens[u + (link?.Tokens ?? 0)].End, (int)Math.Round(amount * days)));
            }
        }

        return found;
    }

    private double? Amount(string word) =>
        word.All(char.IsAsciiDigit) && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : numbers.Counting(word);

    private static ElapsedTime Load(string language) =>
        LanguageResources.Embedded.ReadLines(language, File) is { } lines
            ? Parse(lines, $"{language}/{File}", language)
            : new ElapsedTime([], $"{language}/{File}", NumberReader.For(language));
}
