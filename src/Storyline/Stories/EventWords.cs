using System.Collections.Concurrent;
using Storyline.Duplicates;
using Storyline.Languages;

namespace Storyline.Stories;

/// <summary>
/// One language's words for kinds of news event (<c>events.txt</c>: a recall, results, a strike, a flood …), matched on
/// folded words (lower case, accents off, as <see cref="FoldedWords"/> reads them): an entry of one to three stems matches
/// the words that start with them in a row, a stem ending in <c>$</c> the whole word only, and an entry opening with
/// <c>-</c> the inside of a compound ("-rückruf" in "Produktrückruf"). A language without the file has no words.
/// </summary>
public sealed class EventWords
{
    public const string File = "events.txt";

    // A compound's part counts from its fourth letter: "-streik" in "Warnstreik", not "streik" opening a word (a stem does that).
    private const int CompoundStart = 3;

    private const int KeyLength = 4;

    private static readonly ConcurrentDictionary<string, EventWords> Cache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<Entry>> byKey = new(StringComparer.Ordinal);
    private readonly List<(string Part, string Kind)> compoundParts = [];

    private EventWords(IReadOnlyList<(string Kind, string Entry)> entries)
    {
        var kinds = new List<string>();
        foreach (var (kind, text) in entries)
        {
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }

            if (text.StartsWith('-'))
            {
                compoundParts.Add((Fold(text[1..]), kind));
                continue;
            }

            var stems = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.EndsWith('$') ? new Stem(Fold(s[..^1]), true) : new Stem(Fold(s), false)).ToArray();
            var key = KeyOf(stems[0].Letters);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(new Entry(stems, kind));
        }

        Kinds = kinds;
    }

    /// <summary>The kinds of event, in the file's order.</summary>
    public IReadOnlyList<string> Kinds { get; }

    public static EventWords For(string language) => Cache.GetOrAdd(language, Load);

    /// <summary>Words from lines in the format of <c>events.txt</c>, for tests.</summary>
    public static EventWords Parse(IReadOnlyList<string> lines, string resource) => new(SectionedList.Parse(lines, resource));

    /// <summary>
    /// Calls <paramref name="hit"/> with the kind of each entry that matches at each of <paramref name="words"/> (folded,
    /// as <see cref="Fold"/> gives them), and with the index of the word it starts at.
    /// </summary>
    public void Match(IReadOnlyList<string> words, Action<int, string> hit)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (byKey.TryGetValue(KeyOf(word), out var entries))
            {
                foreach (var entry in entries)
                {
                    if (entry.Matches(words, i))
                    {
                        hit(i, entry.Kind);
                    }
                }
            }

            if (word.Length > CompoundStart)
            {
                foreach (var (part, kind) in compoundParts)
                {
                    if (word.Length >= CompoundStart + part.Length && word.AsSpan(CompoundStart).Contains(part, StringComparison.Ordinal))
                    {
                        hit(i, kind);
                    }
                }
            }
        }
    }

    /// <summary>A word folded as the entries are: lower case, accents off.</summary>
    public static string Fold(string word) => FoldedWords.Text(word, new FoldedWord(0, word.Length, 0));

    private static string KeyOf(string letters) => letters.Length <= KeyLength ? letters : letters[..KeyLength];

    private static EventWords Load(string language) =>
        LanguageResources.Embedded.ReadLines(language, File) is { } lines ? Parse(lines, $"{language}/{File}") : new EventWords([]);

    private readonly record struct Stem(string Letters, bool Whole)
    {
        public bool Matches(string word) => Whole ? string.Equals(word, Letters, StringComparison.Ordinal) : word.StartsWith(Letters, StringComparison.Ordinal);
    }

    private sealed record Entry(Stem[] Stems, string Kind)
    {
        public bool Matches(IReadOnlyList<string> words, int at)
        {
            if (at + Stems.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < Stems.Length; k++)
            {
                if (!Stems[k].Matches(words[at + k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
