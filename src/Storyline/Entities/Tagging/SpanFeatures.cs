using Storyline.Entities.Names;

namespace Storyline.Entities.Tagging;

/// <summary>
/// What the <see cref="SpanTyper"/> reads of a name the tagger found: the whole name and each of its words, their word
/// classes, the last word's ending, the words on either side, the words around it (a film, a river, a party, a band), a
/// first name opening it and what the gazetteers know of its words. The tagger reads a word and its neighbours; these read
/// the name as one ("Times" ends a newspaper, "Valley" a place, whatever the first word is).
/// </summary>
public static class SpanFeatures
{
    /// <summary>
    /// How far on either side the words around a name are read: a news sentence's length, and a bound on the work a
    /// 10,000-word "sentence" costs per name.
    /// </summary>
    public const int Around = 20;

    /// <summary>Words shorter than this (the, und, les, of) say nothing about a name's type.</summary>
    public const int AroundWordLength = 4;

    /// <param name="lower">The sentence's tokens in lower case.</param>
    /// <param name="words">The sentence's tokens as written.</param>
    /// <param name="start">The name's first token.</param>
    /// <param name="end">The token after the name.</param>
    /// <param name="gazetteer">Per token, the gazetteers' label ("B-Place") or null.</param>
    /// <param name="clusters">The word classes.</param>
    public static List<uint> Of(string[] lower, IReadOnlyList<string> words, int start, int end, IReadOnlyList<string?> gazetteer, WordClusters clusters)
    {
        var length = end - start;
        var features = new List<uint>(64) { FeatureHash.Of(0, "bias") };
        features.Add(FeatureHash.Of(1, length == 1 ? lower[start] : string.Join(' ', lower, start, length)));
        features.Add(FeatureHash.Of(2, lower[start]));
        features.Add(FeatureHash.Of(3, lower[end - 1]));
        features.Add(FeatureHash.Of(4, Lengths[Math.Min(4, length)]));
        features.Add(FeatureHash.Of(5, length == 1 ? WordShape.Short(words[start]) : string.Join(' ', Enumerable.Range(start, length).Select(i => WordShape.Short(words[i])))));
        for (var i = start; i < end; i++)
        {
            features.Add(FeatureHash.Of(6, lower[i]));
            AddClasses(features, 7, lower[i], clusters);
        }

        AddClasses(features, 8, lower[end - 1], clusters);
        AddClasses(features, 9, lower[start], clusters);
        var last = lower[end - 1];
        features.Add(FeatureHash.Of(10, last.AsSpan(Math.Max(0, last.Length - 3))));
        features.Add(FeatureHash.Of(11, last.AsSpan(Math.Max(0, last.Length - 4))));
        features.Add(FeatureHash.Of(12, Word(lower, start - 1)));
        features.Add(FeatureHash.Of(13, Word(lower, start - 2), Word(lower, start - 1)));
        features.Add(FeatureHash.Of(14, Word(lower, end)));
        features.Add(FeatureHash.Of(15, Word(lower, end), Word(lower, end + 1)));
        if (start > 0)
        {
            AddClasses(features, 16, lower[start - 1], clusters);
        }

        if (end < lower.Length)
        {
            AddClasses(features, 17, lower[end], clusters);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(0, start - Around); i < Math.Min(lower.Length, end + Around); i++)
        {
            if (lower[i].Length >= AroundWordLength && seen.Add(lower[i]))
            {
                features.Add(FeatureHash.Of(18, lower[i]));
            }
        }

        if (FirstNames.Embedded.Listed(words[start]))
        {
            features.Add(FeatureHash.Of(19, "first name"));
            features.Add(FeatureHash.Of(20, Lengths[Math.Min(3, length)]));
        }

        features.Add(FeatureHash.Of(21, length == 1 ? gazetteer[start] ?? "O" : string.Join(' ', Enumerable.Range(start, length).Select(i => gazetteer[i] ?? "O"))));
        for (var i = start; i < end; i++)
        {
            if (gazetteer[i] is { Length: > 2 } label)
            {
                features.Add(FeatureHash.Of(22, label.AsSpan(2)));
            }
        }

        return features;
    }

    private static readonly string[] Lengths = ["0", "1", "2", "3", "4"];

    private static string Word(string[] lower, int i) => i < 0 ? "<s>" : i >= lower.Length ? "</s>" : lower[i];

    private static void AddClasses(List<uint> features, int template, string lowerWord, WordClusters clusters)
    {
        if (clusters.Of(lowerWord) is not { } classes)
        {
            features.Add(FeatureHash.Of(template, "none"));
            return;
        }

        Span<char> digits = stackalloc char[8];
        for (var level = 0; level < classes.Length; level++)
        {
            classes[level].TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            features.Add(FeatureHash.Of(template, Level(level), digits[..written]));
        }
    }

    private static string Level(int level) => level < 5 ? Lengths[level] : level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
