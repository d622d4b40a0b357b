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

    // Entries by their first stem's first four letters, and compound parts by their first two (a word is read at each of
    // its letters once, not once per part), the letters packed into a number: every word of every stored article is
    // looked up, and a number hashes faster than a span of text.
    private readonly Dictionary<ulong, List<Entry>> byKey = [];
    private readonly Dictionary<ulong, List<(string Part, string Kind)>> compoundParts = [];

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
                var part = Fold(text[1..]);
                var partKey = Packed(part.AsSpan(0, 2));
                if (!compoundParts.TryGetValue(partKey, out var parts))
                {
                    compoundParts[partKey] = parts = [];
                }

                parts.Add((part, kind));
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
    /// Adds <paramref name="weight"/> to <paramref name="into"/> under the kind of each entry that matches in
    /// <paramref name="text"/>, once per match. The text is folded once and read as runs of letters or of digits, as
    /// <see cref="FoldedWords"/> reads it; no string is made per word (this runs on every article stored).
    /// </summary>
    public void Count(string text, double weight, Dictionary<string, double> into) => Count(text, 0, text.Length, weight, into);

    /// <summary>As <see cref="Count(string, double, Dictionary{string, double})"/>, in text[start..start + length).</summary>
    public void Count(string text, int start, int length, double weight, Dictionary<string, double> into)
    {
        if (Kinds.Count == 0 || length == 0)
        {
            return;
        }

        var folded = FoldedWords.Text(text, new FoldedWord(start, length, 0));
        var words = FoldedWords.Of(folded);
        for (var i = 0; i < words.Count; i++)
        {
            var word = folded.AsSpan(words[i].Start, words[i].Length);
            if (byKey.TryGetValue(KeyOf(word), out var entries))
            {
                foreach (var entry in entries)
                {
                    if (entry.Matches(folded, words, i))
                    {
                        into[entry.Kind] = into.GetValueOrDefault(entry.Kind) + weight;
                    }
                }
            }

            for (var at = CompoundStart; compoundParts.Count > 0 && at + 1 < word.Length; at++)
            {
                if (compoundParts.TryGetValue(Packed(word.Slice(at, 2)), out var parts))
                {
                    foreach (var (part, kind) in parts)
                    {
                        if (word[at..].StartsWith(part, StringComparison.Ordinal))
                        {
                            into[kind] = into.GetValueOrDefault(kind) + weight;
                        }
                    }
                }
            }
        }
    }

    /// <summary>A word folded as the entries are: lower case, accents off.</summary>
    public static string Fold(string word) => FoldedWords.Text(word, new FoldedWord(0, word.Length, 0));

    private static ulong KeyOf(ReadOnlySpan<char> letters) => Packed(letters[..Math.Min(letters.Length, KeyLength)]);

    // Up to four UTF-16 units in one number; a shorter run packs to a different number, as no letter is 0.
    private static ulong Packed(ReadOnlySpan<char> letters)
    {
        ulong key = 0;
        foreach (var c in letters)
        {
            key = (key << 16) | c;
        }

        return key;
    }

    private static EventWords Load(string language) =>
        LanguageResources.Embedded.ReadLines(language, File) is { } lines ? Parse(lines, $"{language}/{File}") : new EventWords([]);

    private readonly record struct Stem(string Letters, bool Whole)
    {
        public bool Matches(ReadOnlySpan<char> word) => Whole ? word.SequenceEqual(Letters) : word.StartsWith(Letters, StringComparison.Ordinal);
    }

    private sealed record Entry(Stem[] Stems, string Kind)
    {
        public bool Matches(string folded, List<FoldedWord> words, int at)
        {
            if (at + Stems.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < Stems.Length; k++)
            {
                if (!Stems[k].Matches(folded.AsSpan(words[at + k].Start, words[at + k].Length)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
