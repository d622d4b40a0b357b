using System.Collections.Concurrent;
using Storyline.Entities;
using Storyline.Figures.Dates;
using Storyline.Languages;

namespace Storyline.Text;

/// <summary>
/// Where a full stop ends no sentence in a language: after a title written short ("Dr. Jana Brück", "M. Lecornu";
/// entities.txt [abbreviations]), after an initial ("George W. Bush"), and after a day written as an ordinal before a
/// month's name ("am 20. Juli 1969"; dates.txt [months]) or a month written short before a day ("Jan. 3"). Summaries,
/// timelines, quotes and the tagger cut at the other stops: "seit dem 1." is no sentence to show. Thread-safe; one
/// instance a language.
/// </summary>
public sealed class SentenceStops
{
    public static readonly SentenceStops None = new(new HashSet<string>(), DateWords.None);

    private static readonly ConcurrentDictionary<string, SentenceStops> Cache = new(StringComparer.Ordinal);

    private readonly IReadOnlySet<string> abbreviations;
    private readonly DateWords dates;

    private SentenceStops(IReadOnlySet<string> abbreviations, DateWords dates) => (this.abbreviations, this.dates) = (abbreviations, dates);

    /// <summary>The stops of a language read from the given data (entities.txt [abbreviations], dates.txt).</summary>
    public static SentenceStops Of(IReadOnlySet<string> abbreviations, DateWords dates) => new(abbreviations, dates);

    /// <summary>The stops of a language's text; <see cref="None"/> (every stop may end a sentence) when it is unknown.</summary>
    public static SentenceStops For(string? language) =>
        string.IsNullOrEmpty(language) ? None
        : Cache.GetOrAdd(language, l => new(EntityCues.For(LanguageResources.Embedded, l).Abbreviations, DateWords.For(LanguageResources.Embedded, l)));

    /// <summary>Whether the full stop at <paramref name="stop"/> in <paramref name="text"/> ends no sentence.</summary>
    public bool Continues(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        if (start == stop || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        var word = text.AsSpan(start, stop - start);
        if (char.IsUpper(word[0]) && (word.Length == 1 || abbreviations.Contains(word.ToString().ToLowerInvariant())))
        {
            return true;
        }

        // "sold between Jan. 3 and Feb. 14": a month written short before a day.
        if (char.IsUpper(word[0]) && stop + 2 < text.Length && text[stop + 1] == ' ' && char.IsAsciiDigit(text[stop + 2]) && dates.IsMonth(word.ToString() + "."))
        {
            return true;
        }

        return word.Length <= 2 && !word.ContainsAnyExceptInRange('0', '9') && Entities.TextScan.WordAfter(text, stop + 1) is { Length: > 0 } next && dates.IsMonth(next);
    }
}
