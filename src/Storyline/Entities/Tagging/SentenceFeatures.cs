using System.Globalization;

namespace Storyline.Entities.Tagging;

/// <summary>
/// The feature keys of every token of one sentence: word, neighbours, shapes, affixes, hyphen parts, gazetteer hits and
/// language, computed once; the previous label's features are added per decision by <see cref="HistoryFeatures"/>.
/// </summary>
public sealed class SentenceFeatures
{
    public const int MaxPerToken = 48;

    private const string Start = "<s>";
    private const string End = "</s>";

    private static readonly uint Bias = FeatureHash.Of(19, "previous");

    private readonly uint[][] keys;
    private readonly uint[] wordAfterLabel;
    private readonly uint[] shapeAfterLabel;

    /// <param name="words">The sentence's tokens as written.</param>
    /// <param name="gazetteer">Per token, the gazetteer's label (e.g. "B-place") or null.</param>
    /// <param name="language">ISO 639-1 code of the sentence's language, or "und".</param>
    /// <param name="clusters">Word classes from word vectors, or null for a model trained without them.</param>
    public SentenceFeatures(IReadOnlyList<string> words, IReadOnlyList<string?>? gazetteer, string language, WordClusters? clusters = null)
    {
        var n = words.Count;
        var lower = new string[n];
        var shortShape = new string[n];
        wordAfterLabel = new uint[n];
        shapeAfterLabel = new uint[n];
        var shape = new string[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            shape[i] = WordShape.Of(words[i]);
            shortShape[i] = WordShape.Short(words[i]);
            wordAfterLabel[i] = FeatureHash.Of(21, lower[i]);
            shapeAfterLabel[i] = FeatureHash.Of(22, shortShape[i]);
        }

        var classes = clusters is null ? null : ClassNames(lower, clusters, language);

        keys = new uint[n][];
        var buffer = new List<uint>(MaxPerToken);
        for (var i = 0; i < n; i++)
        {
            buffer.Clear();
            var w = words[i];
            var l = lower[i];
            var prev = Lower(i - 1);
            var next = Lower(i + 1);
            buffer.Add(FeatureHash.Of(0, "bias"));
            buffer.Add(FeatureHash.Of(1, l));
            buffer.Add(FeatureHash.Of(2, w));
            buffer.Add(FeatureHash.Of(3, prev));
            buffer.Add(FeatureHash.Of(4, next));
            buffer.Add(FeatureHash.Of(5, Lower(i - 2)));
            buffer.Add(FeatureHash.Of(6, Lower(i + 2)));
            buffer.Add(FeatureHash.Of(7, shape[i]));
            buffer.Add(FeatureHash.Of(8, shortShape[i]));
            buffer.Add(FeatureHash.Of(9, Shape(i - 1), shortShape[i]));
            buffer.Add(FeatureHash.Of(10, shortShape[i], Shape(i + 1)));
            for (var k = 1; k <= 4 && k < l.Length; k++)
            {
                buffer.Add(FeatureHash.Of(10 + k, l.AsSpan(0, k)));
                buffer.Add(FeatureHash.Of(14 + k, l.AsSpan(l.Length - k)));
            }

            buffer.Add(FeatureHash.Of(23, prev, l));
            buffer.Add(FeatureHash.Of(24, l, next));
            buffer.Add(FeatureHash.Of(25, i == 0 ? "first" : "inner", shortShape[i]));
            buffer.Add(FeatureHash.Of(26, language, shortShape[i]));
            buffer.Add(FeatureHash.Of(27, language, i == 0 ? "first" : "inner", shape[i]));
            buffer.Add(FeatureHash.Of(32, prev, shortShape[i]));
            buffer.Add(FeatureHash.Of(33, shortShape[i], next));
            buffer.Add(FeatureHash.Of(34, Shape(i - 1), shortShape[i], Shape(i + 1)));
            buffer.Add(FeatureHash.Of(35, l.Length switch { 1 => "1", 2 => "2", 3 => "3", < 6 => "5", < 9 => "8", _ => "long" }));
            var hyphen = w.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < w.Length - 1)
            {
                buffer.Add(FeatureHash.Of(36, l.AsSpan(0, hyphen)));
                buffer.Add(FeatureHash.Of(37, l.AsSpan(l.LastIndexOf('-') + 1)));
                buffer.Add(FeatureHash.Of(38, WordShape.Short(w[(w.LastIndexOf('-') + 1)..])));
            }

            if (gazetteer is not null)
            {
                var g = gazetteer[i] ?? "-";
                buffer.Add(FeatureHash.Of(40, g));
                buffer.Add(FeatureHash.Of(41, g, shortShape[i]));
                buffer.Add(FeatureHash.Of(42, i > 0 ? gazetteer[i - 1] ?? "-" : Start));
                buffer.Add(FeatureHash.Of(43, i + 1 < n ? gazetteer[i + 1] ?? "-" : End));
            }

            if (classes is not null)
            {
                // Every level of the word's class; the finest of its neighbours; the coarse pattern around it; and the
                // middle class with the word's shape (a capitalised word in a class of surnames).
                var levels = classes[i].Length;
                for (var level = 0; level < levels; level++)
                {
                    buffer.Add(FeatureHash.Of(60 + level, classes[i][level]));
                }

                var fine = levels - 1;
                var coarse = 0;
                buffer.Add(FeatureHash.Of(44, i > 0 ? classes[i - 1][fine] : Start));
                buffer.Add(FeatureHash.Of(45, i + 1 < n ? classes[i + 1][fine] : End));
                buffer.Add(FeatureHash.Of(46, i > 0 ? classes[i - 1][coarse] : Start, classes[i][coarse], i + 1 < n ? classes[i + 1][coarse] : End));
                buffer.Add(FeatureHash.Of(47, classes[i][levels / 2], shortShape[i]));
            }

            keys[i] = buffer.ToArray();
        }

        string Lower(int j) => j < 0 ? Start : j >= n ? End : lower[j];
        string Shape(int j) => j < 0 ? Start : j >= n ? End : shortShape[j];
    }

    public int Length => keys.Length;

    // A word the vectors never saw is a class of its own, per language: in English it is often a rare name, in German
    // any capitalised noun the English vectors lack.
    private static string[][] ClassNames(string[] lower, WordClusters clusters, string language)
    {
        var unknown = Enumerable.Repeat("?" + language, clusters.Levels).ToArray();
        return lower.Select(word => clusters.Of(word)?.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToArray() ?? unknown).ToArray();
    }

    public uint[] Static(int i) => keys[i];

    /// <summary>Drops the features <paramref name="keep"/> refuses (training prunes features seen once).</summary>
    public void Retain(Func<uint, bool> keep)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = keys[i].Where(keep).ToArray();
        }
    }

    /// <summary>
    /// Features of the label before token <paramref name="i"/> (first order, so that Viterbi decoding is exact): the
    /// label alone, with the word, with its shape. <paramref name="previous"/> is a label index, -1 at the start.
    /// </summary>
    public void HistoryFeatures(int i, int previous, Span<uint> into)
    {
        into[0] = FeatureHash.WithLabel(Bias, previous);
        into[1] = FeatureHash.WithLabel(wordAfterLabel[i], previous);
        into[2] = FeatureHash.WithLabel(shapeAfterLabel[i], previous);
    }

    public const int HistoryCount = 3;
}
