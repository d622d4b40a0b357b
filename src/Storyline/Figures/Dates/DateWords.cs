using System.Globalization;
using Storyline.Languages;

namespace Storyline.Figures.Dates;

/// <summary>
/// A language's date vocabulary, read from <c>Resources/&lt;lang&gt;/dates.txt</c>, one table per [section]: month and
/// weekday names, relative expressions with their offset, the words that turn a weekday into the previous or next one,
/// ordinal endings of day numbers, link words between day, month and year, the cues that make a lone month or year a
/// date, and phrases that look like dates but are not ("la mañana").
/// </summary>
public sealed class DateWords
{
    public const string File = "dates.txt";

    public static readonly IReadOnlyList<string> Sections =
    [
        "months", "weekdays", "relative", "weekday-before", "weekday-after", "ordinal-suffixes", "links", "month-cues",
        "year-cues", "not-dates",
    ];

    /// <summary>No words at all: only digit formats ("2025-06-10", "10/06/2025") are read.</summary>
    public static readonly DateWords None = new();

    private DateWords()
    {
    }

    internal PhraseTable Months { get; } = new();

    internal PhraseTable Weekdays { get; } = new();

    internal PhraseTable Relative { get; } = new();

    internal PhraseTable WeekdayBefore { get; } = new();

    internal PhraseTable WeekdayAfter { get; } = new();

    internal PhraseTable OrdinalSuffixes { get; } = new();

    internal PhraseTable Links { get; } = new();

    internal PhraseTable MonthCues { get; } = new();

    internal PhraseTable YearCues { get; } = new();

    internal PhraseTable NotDates { get; } = new();

    /// <summary>Whether a word alone is a month or a weekday of this language ("Wednesday", "März").</summary>
    public bool IsCalendarWord(string word)
    {
        var folded = DateText.Fold(word);
        return (Months.TryMatch(folded, 0, out var end, out _) && end == folded.Length)
            || (Weekdays.TryMatch(folded, 0, out end, out _) && end == folded.Length);
    }

    /// <summary>Whether a word alone is a month of this language ("Juli", "Mai"), whatever context its entry asks for.</summary>
    public bool IsMonth(string word)
    {
        var folded = DateText.Fold(word);
        return Months.TryMatch(folded, 0, out var end, out _) && end == folded.Length;
    }

    /// <summary>Whether a word alone is a weekday of this language ("Friday", "Mittwoch"); months are names too (May, August).</summary>
    public bool IsWeekday(string word)
    {
        var folded = DateText.Fold(word);
        return Weekdays.TryMatch(folded, 0, out var end, out _) && end == folded.Length;
    }

    /// <summary>How many entries each section holds, for completeness checks.</summary>
    public IReadOnlyDictionary<string, int> Counts => Sections.ToDictionary(s => s, s => Table(s).Count, StringComparer.Ordinal);

    /// <summary>One language's words; <see cref="None"/> when the language has no file.</summary>
    public static DateWords For(LanguageResources resources, string language)
    {
        var lines = resources.ReadLines(language, File);
        return lines is null ? None : Parse(lines, $"{language}/{File}");
    }

    /// <summary>
    /// Parses <c>entry[TAB value[TAB flags]]</c> lines. Values: a month 1..12, a weekday 0..6 (0 is Sunday, as
    /// <see cref="DayOfWeek"/>), an offset such as <c>day-1</c>, <c>week+0</c>, <c>month-1</c>, <c>year+1</c>, or
    /// <c>-1</c>/<c>+1</c> for weekday modifiers. A bad value is an error that names the resource and entry.
    /// </summary>
    public static DateWords Parse(IReadOnlyList<string> lines, string resource)
    {
        var words = new DateWords();
        foreach (var (section, entry) in SectionedList.Parse(lines, resource, Sections))
        {
            var parts = entry.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var flags = parts.Length > 2 ? parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            var unknown = flags.Except(["context", "lowercase", "capitalised"], StringComparer.Ordinal).FirstOrDefault();
            if (unknown is not null)
            {
                throw new InvalidDataException($"Resource {resource}: unknown flag '{unknown}' on '{parts[0]}'.");
            }

            var (value, unit) = ParseValue(section, parts.Length > 1 ? parts[1] : null)
                ?? throw new InvalidDataException($"Resource {resource}: bad or missing value for '{parts[0]}' in [{section}].");
            var word = new DateWord(value, unit, flags.Contains("context"), flags.Contains("lowercase"), flags.Contains("capitalised"));
            if (!words.Table(section).Add(parts[0], word))
            {
                throw new InvalidDataException($"Resource {resource}: '{parts[0]}' appears twice in [{section}].");
            }
        }

        return words;
    }

    private static (int Value, DatePrecision Unit)? ParseValue(string section, string? value)
    {
        switch (section)
        {
            case "months":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                    ? (month, DatePrecision.Month)
                    : null;
            case "weekdays":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 0 and <= 6
                    ? (day, DatePrecision.Day)
                    : null;
            case "weekday-before" or "weekday-after":
                return value is "-1" or "+1" ? (value == "-1" ? -1 : 1, DatePrecision.Day) : null;
            case "relative":
                return ParseOffset(value);
            default:
                return value is null ? (0, DatePrecision.Day) : null;
        }
    }

    private static (int, DatePrecision)? ParseOffset(string? value)
    {
        var sign = value?.IndexOfAny(['+', '-']) ?? -1;
        if (value is null || sign < 0)
        {
            return null;
        }

        DatePrecision? unit = value[..sign] switch
        {
            "day" => DatePrecision.Day,
            "week" => DatePrecision.Week,
            "month" => DatePrecision.Month,
            "year" => DatePrecision.Year,
            _ => null,
        };
        return unit is not null && int.TryParse(value[sign..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            && Math.Abs(amount) <= 100
            ? (amount, unit.Value)
            : null;
    }

    private PhraseTable Table(string section) => section switch
    {
        "months" => Months,
        "weekdays" => Weekdays,
        "relative" => Relative,
        "weekday-before" => WeekdayBefore,
        "weekday-after" => WeekdayAfter,
        "ordinal-suffixes" => OrdinalSuffixes,
        "links" => Links,
        "month-cues" => MonthCues,
        "year-cues" => YearCues,
        _ => NotDates,
    };
}
