using System.IO.Compression;
using System.Text;

namespace Storyline.Entities.Tagging;

/// <summary>
/// Trained weights: one row of <see cref="Labels"/> scores per feature key, <see cref="TagSet.Count"/> for the tagger and
/// one per entity type for the <see cref="SpanTyper"/>. Saved Brotli-compressed with half-precision weights and only the
/// non-zero entries of each row (a row touched by few labels stays small).
/// </summary>
public sealed class NerModel
{
    private const string Magic = "STORYLINE-NER";
    // 4: says whether it reads word clusters (3: label features hashed from the token's; 2: hashed with the label
    // name; 1: greedy second-order ones).
    private const int Version = 4;

    private readonly uint[] keys;
    private readonly FeatureTable table;
    private readonly float[] weights;

    /// <param name="keys">The feature key of each weight row, in row order.</param>
    /// <param name="weights">Row after row, <paramref name="labels"/> weights each.</param>
    /// <param name="info">How the model was trained and under which licence.</param>
    /// <param name="labels">How many labels each row scores.</param>
    public NerModel(uint[] keys, float[] weights, NerModelInfo info, int labels)
    {
        this.keys = keys;
        this.weights = weights;
        table = new FeatureTable(keys);
        Info = info;
        Labels = labels;
    }

    /// <summary>A tagger's weights: one score per label of <see cref="TagSet"/>.</summary>
    public NerModel(uint[] keys, float[] weights, NerModelInfo info)
        : this(keys, weights, info, TagSet.Count)
    {
    }

    public NerModelInfo Info { get; }

    public int Labels { get; }

    public int FeatureCount => keys.Length;

    /// <summary>Adds each feature's row to <paramref name="scores"/> (length <see cref="Labels"/>); unknown features add nothing.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var n = Labels;
        for (var f = 0; f < features.Length; f++)
        {
            var row = table.Row(features[f]);
            if (row >= 0)
            {
                var w = weights.AsSpan(row * n, n);
                for (var k = 0; k < n; k++)
                {
                    scores[k] += w[k];
                }
            }
        }
    }

    /// <summary>
    /// One model whose scores are the mean of these models' (same labels): the weights of every key averaged, a key one
    /// model lacks counting zero there. Perceptrons trained in different orders err on different examples; their mean errs less.
    /// </summary>
    public static NerModel Mean(IReadOnlyList<NerModel> models, NerModelInfo info)
    {
        var n = models[0].Labels;
        var rows = new Dictionary<uint, float[]>();
        foreach (var model in models)
        {
            for (var row = 0; row < model.keys.Length; row++)
            {
                if (!rows.TryGetValue(model.keys[row], out var sum))
                {
                    rows[model.keys[row]] = sum = new float[n];
                }

                for (var k = 0; k < n; k++)
                {
                    sum[k] += model.weights[(row * n) + k] / models.Count;
                }
            }
        }

        var keys = rows.Keys.ToArray();
        return new NerModel(keys, keys.SelectMany(key => rows[key]).ToArray(), info, n);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Info.Description);
        writer.Write(Info.Licence);
        writer.Write(Info.UsesGazetteer);
        writer.Write(Info.UsesClusters);
        writer.Write(Labels);
        writer.Write(keys.Length);
        var n = Labels;
        foreach (var row in Enumerable.Range(0, keys.Length).OrderBy(r => keys[r]))
        {
            writer.Write(keys[row]);
            var mask = 0;
            for (var k = 0; k < n; k++)
            {
                if ((Half)weights[(row * n) + k] != Half.Zero)
                {
                    mask |= 1 << k;
                }
            }

            writer.Write((ushort)mask);
            for (var k = 0; k < n; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    writer.Write((Half)weights[(row * n) + k]);
                }
            }
        }
    }

    /// <summary>Reads a tagger's model (<see cref="TagSet.Count"/> labels).</summary>
    public static NerModel Load(Stream stream, string name) => Load(stream, name, TagSet.Count);

    /// <summary>Reads a model of <paramref name="labels"/> labels; <paramref name="name"/> names it in errors.</summary>
    public static NerModel Load(Stream stream, string name, int labels)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
        try
        {
            var version = reader.ReadString() == Magic ? reader.ReadInt32() : -1;
            if (version is not (Version or 3))
            {
                throw new InvalidDataException($"{name} is not a Storyline NER model of version 3 or {Version}.");
            }

            // Version 3 files predate word clusters.
            var info = new NerModelInfo(reader.ReadString(), reader.ReadString(), reader.ReadBoolean(), version >= 4 && reader.ReadBoolean());
            var n = reader.ReadInt32();
            if (n != labels)
            {
                throw new InvalidDataException($"{name} has {n} labels; this build expects {labels}.");
            }

            var count = reader.ReadInt32();
            var keys = new uint[count];
            var weights = new float[count * n];
            for (var row = 0; row < count; row++)
            {
                keys[row] = reader.ReadUInt32();
                int mask = reader.ReadUInt16();
                for (var k = 0; k < n; k++)
                {
                    if ((mask & (1 << k)) != 0)
                    {
                        weights[(row * n) + k] = (float)reader.ReadHalf();
                    }
                }
            }

            return new NerModel(keys, weights, info, n);
        }
        // Brotli reports bytes that are no Brotli stream at all (a text file given as a model) as an invalid operation.
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidOperationException)
        {
            throw new InvalidDataException($"{name} is truncated or damaged: {e.Message}", e);
        }
    }

    public static NerModel Load(string path) => Load(path, TagSet.Count);

    public static NerModel Load(string path, int labels)
    {
        using var file = File.OpenRead(path);
        return Load(file, path, labels);
    }
}
