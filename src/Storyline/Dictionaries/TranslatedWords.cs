using Storyline.Quotes.Statements;

namespace Storyline.Dictionaries;

/// <summary>
/// Which content words of two texts in two languages say the same: cognates (<see cref="Cognates"/>: Investition and
/// investissement) or, through the installed dictionaries (<see cref="BilingualDictionaries"/>), translations (Büro and
/// bureau, Unternehmen and entreprise). Within one language cognates alone: a dictionary adds nothing there.
/// </summary>
public static class TranslatedWords
{
    public static (bool[] A, bool[] B) Marked(string languageA, IReadOnlyList<string> a, string languageB, IReadOnlyList<string> b, BilingualDictionaries? dictionaries = null)
    {
        var (markedA, markedB) = Cognates.Marked(a, b);
        if (string.Equals(languageA, languageB, StringComparison.Ordinal))
        {
            return (markedA, markedB);
        }

        dictionaries ??= BilingualDictionaries.Installed;
        var conceptsA = a.Select(w => dictionaries.Concepts(languageA, w)).ToList();
        var conceptsB = b.Select(w => dictionaries.Concepts(languageB, w)).ToList();
        Mark(markedA, conceptsA, conceptsB.SelectMany(c => c).ToHashSet());
        Mark(markedB, conceptsB, conceptsA.SelectMany(c => c).ToHashSet());
        return (markedA, markedB);
    }

    private static void Mark(bool[] marked, List<ulong[]> concepts, HashSet<ulong> other)
    {
        for (var i = 0; i < marked.Length; i++)
        {
            marked[i] = marked[i] || concepts[i].Any(other.Contains);
        }
    }
}
