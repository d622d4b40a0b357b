using Storyline.Quotes.Statements;

namespace Storyline.Dictionaries;

/// <summary>
/// Which content words of two texts in two languages say the same: cognates (<see cref="Cognates"/>: Investition and
/// investissement) or, through the installed dictionaries (<see cref="BilingualDictionaries"/>), translations (Büro and
/// bureau, Unternehmen and entreprise). Within one language cognates alone: a dictionary adds nothing there.
/// </summary>
public static class TranslatedWords
{
    public static (bool[] A, bool[] B) Marked(string languageA, IReadOnlyList<string> a, string languageB, IReadOnlyList<string> b, BilingualDictionaries? dictionaries = null) =>
        Either(Cognates.Marked(a, b), Translated(languageA, a, languageB, b, dictionaries));

    /// <summary>Which words of a have a translation in b, and of b in a, by the dictionaries alone; none within one language.</summary>
    public static (bool[] A, bool[] B) Translated(string languageA, IReadOnlyList<string> a, string languageB, IReadOnlyList<string> b, BilingualDictionaries? dictionaries = null)
    {
        if (string.Equals(languageA, languageB, StringComparison.Ordinal))
        {
            return (new bool[a.Count], new bool[b.Count]);
        }

        dictionaries ??= BilingualDictionaries.Installed;
        return Translated(Concepts(languageA, a, dictionaries), Concepts(languageB, b, dictionaries));
    }

    /// <summary>Which words of a have a translation in b, and of b in a, from their concepts (<see cref="Concepts"/>).</summary>
    public static (bool[] A, bool[] B) Translated(IReadOnlyList<ulong[]> a, IReadOnlyList<ulong[]> b) =>
        (Mark(a, b.SelectMany(c => c).ToHashSet()), Mark(b, a.SelectMany(c => c).ToHashSet()));

    /// <summary>
    /// Each word's concepts (<see cref="BilingualDictionaries.Concepts"/>); none at all where no dictionary has the language,
    /// whose words can then meet another language's only as cognates.
    /// </summary>
    public static ulong[][] Concepts(string language, IReadOnlyList<string> words, BilingualDictionaries dictionaries) =>
        dictionaries.Knows(language) ? words.Select(w => dictionaries.Concepts(language, w)).ToArray() : words.Select(_ => Array.Empty<ulong>()).ToArray();

    /// <summary>Words marked by either test.</summary>
    public static (bool[] A, bool[] B) Either((bool[] A, bool[] B) x, (bool[] A, bool[] B) y) =>
        (x.A.Zip(y.A, (p, q) => p || q).ToArray(), x.B.Zip(y.B, (p, q) => p || q).ToArray());

    private static bool[] Mark(IReadOnlyList<ulong[]> concepts, HashSet<ulong> other) => concepts.Select(c => c.Any(other.Contains)).ToArray();
}
