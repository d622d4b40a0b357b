using System.Text;

namespace Storyline.Fuzz;

/// <summary>
/// What can go wrong in a real article, done at random to real paragraphs: cut mid-word, stray or missing quotation marks,
/// no punctuation, capitals only, no paragraph breaks, foreign scripts, control characters, markup.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Marks = ["«", "»", "„", "“", "”", "‚", "‘", "’", "\"", "'", "‹", "›", "「", "」", "« ", " »"];
    private static readonly string[] Noise = ["\u0301", "\u200b", "\u202e", "漢字", "العربية", "😀", "\t", "\r", "\u0000", "…", "–", "(", ")", "[", ":", ";", "-", "&amp;", "<b>", "</p>"];
    private static readonly string[] Words = ["sagte", "said", "a déclaré", "erklärte", "als", "laut", "selon", "according to", "er", "sie", "il", "she", "Die", "Der", "dass", "que", "that", ",", ".", "?", "Als"];

    private static readonly Func<Random, string, string>[] All =
    [
        CutStart, CutEnd, DropMark, InsertMark, InsertNoise, InsertWord, (_, t) => t.ToUpperInvariant(), StripPunctuation,
        (_, t) => t.Replace("\n", " ", StringComparison.Ordinal), RepeatSentence, SwapHalves, (_, t) => t.Replace(" ", "", StringComparison.Ordinal),
    ];

    public static string Apply(Random random, string text)
    {
        var count = random.Next(0, 4);
        for (var i = 0; i < count && text.Length > 0; i++)
        {
            text = All[random.Next(All.Length)](random, text);
        }

        return text;
    }

    private static string CutStart(Random random, string text) => text[At(random, text)..];

    private static string CutEnd(Random random, string text) => text[..At(random, text)];

    private static string DropMark(Random random, string text)
    {
        var marks = Enumerable.Range(0, text.Length).Where(i => "«»„“”‚‘’\"'‹›「」".Contains(text[i], StringComparison.Ordinal)).ToList();
        return marks.Count == 0 ? text : text.Remove(marks[random.Next(marks.Count)], 1);
    }

    private static string InsertMark(Random random, string text) => text.Insert(At(random, text), Marks[random.Next(Marks.Length)]);

    private static string InsertNoise(Random random, string text) => text.Insert(At(random, text), Noise[random.Next(Noise.Length)]);

    // A cue word at a word boundary: shapes the rules read, in places they were not written for.
    private static string InsertWord(Random random, string text)
    {
        var spaces = Enumerable.Range(0, text.Length).Where(i => text[i] == ' ').ToList();
        var at = spaces.Count == 0 ? 0 : spaces[random.Next(spaces.Count)];
        return text.Insert(at, " " + Words[random.Next(Words.Length)]);
    }

    private static string StripPunctuation(Random random, string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsPunctuation(c) || random.Next(4) == 0))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string RepeatSentence(Random random, string text)
    {
        var stop = text.IndexOf(". ", At(random, text), StringComparison.Ordinal);
        return stop < 0 ? text + " " + text : text.Insert(stop + 2, text[..(stop + 2)]);
    }

    private static string SwapHalves(Random random, string text)
    {
        var at = At(random, text);
        return text[at..] + text[..at];
    }

    // A place between two characters, never inside a surrogate pair: a file's decoder never yields half of one.
    private static int At(Random random, string text)
    {
        var at = random.Next(text.Length + 1);
        return at < text.Length && char.IsLowSurrogate(text[at]) ? at + 1 : at;
    }
}
