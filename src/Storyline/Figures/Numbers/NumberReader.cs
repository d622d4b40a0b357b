using System.Collections.Concurrent;
using Storyline.Languages;

namespace Storyline.Figures.Numbers;

/// <summary>
/// Finds every number in a text, with its value: digits in any local format ("6,6", "10 000", "1,234,567.89"),
/// scales ("2 million", "6.6bn", "3 Mrd."), written numbers ("twenty-one", "quatre-vingt-dix", "dreihundertfünfundzwanzig")
/// and fractions ("two thirds", "1/2", "½"). The language's words and separators come from its <c>numbers.txt</c>.
/// </summary>
public sealed class NumberReader
{
    private const string Fallback = "en";

    private static readonly ConcurrentDictionary<string, Lazy<NumberReader>> Readers = new(StringComparer.Ordinal);

    private readonly NumberLexicon lexicon;

    private NumberReader(NumberLexicon lexicon) => this.lexicon = lexicon;

    /// <summary>
    /// The reader for a language code ("fr", "de", "en"), built once. An unknown language reads digits only, with
    /// English separators, since words of another language would be misread in it.
    /// </summary>
    public static NumberReader For(string language) =>
        Readers.GetOrAdd(language ?? "", l => new Lazy<NumberReader>(() => new NumberReader(Load(l)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Every number in the text, in order and not overlapping; where readings compete, the longest wins.</summary>
    public IReadOnlyList<NumberMatch> Read(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var items = NumberTokenizer.Tokenize(text, lexicon);
        var matches = new List<NumberMatch>();
        NumberPhraseParser.Parse(items, lexicon, matches);
        return matches;
    }

    /// <summary>
    /// The value of one word that counts a few of something on its own: a unit, a tens word or an indefinite article
    /// ("five", "zwanzig", "a", "einem"); null for any other word. The word is in lower case.
    /// </summary>
    public double? Counting(string word) =>
        lexicon.Word(word) is { Kind: NumberWordKind.Unit or NumberWordKind.Tens or NumberWordKind.Article } counting ? counting.Value : null;

    private static NumberLexicon Load(string language)
    {
        var code = language.Trim().ToLowerInvariant();
        var lines = code.Length > 0 ? LanguageResources.Embedded.ReadLines(code, NumberLexicon.File) : null;
        if (lines is not null)
        {
            return NumberLexicon.Parse(lines, $"{code}/{NumberLexicon.File}");
        }

        var fallback = LanguageResources.Embedded.ReadLines(Fallback, NumberLexicon.File)
            ?? throw new InvalidDataException($"Resource {Fallback}/{NumberLexicon.File} is missing.");
        return NumberLexicon.Parse(fallback, $"{Fallback}/{NumberLexicon.File}").DigitsOnly();
    }
}
