using System.Collections.Concurrent;
using Storyline.Languages;

namespace Storyline.Figures.Dates;

/// <summary>
/// Finds date expressions in news text and resolves them against the publication date: absolute dates of year, month
/// or day precision, months and years after a cue, relative expressions and weekdays. The words come from the
/// language's <c>dates.txt</c>; digit formats work in every language.
/// </summary>
public sealed class DateReader
{
    private static readonly ConcurrentDictionary<string, DateReader> Readers = new(StringComparer.Ordinal);

    private static readonly DateReader DigitsOnly = new(DateWords.None);

    private readonly DateWords words;

    public DateReader(DateWords words) => this.words = words;

    /// <summary>The date words this reader reads with.</summary>
    public DateWords Words => words;

    /// <summary>
    /// The reader for a language code ("fr", "de-AT"), built once. A language without a <c>dates.txt</c>, or no
    /// language at all, gets a reader of digit formats only; only languages with data are cached, so arbitrary codes
    /// cannot grow the cache.
    /// </summary>
    public static DateReader For(string language)
    {
        var code = (language ?? "").Trim().ToLowerInvariant();
        var cut = code.IndexOfAny(['-', '_']);
        code = cut >= 0 ? code[..cut] : code;
        return LanguageResources.Embedded.Languages.Contains(code)
            ? Readers.GetOrAdd(code, c => new DateReader(DateWords.For(LanguageResources.Embedded, c)))
            : DigitsOnly;
    }

    /// <summary>The date expressions of <paramref name="text"/> in order, non-overlapping, the longest kept where two overlap.</summary>
    public IReadOnlyList<DateMatch> Read(string text, DateTimeOffset? published) =>
        string.IsNullOrEmpty(text) ? [] : new DateScanner(words, text, published).Scan();
}
