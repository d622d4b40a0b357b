using System.IO.Compression;
using System.Text;

namespace Storyline.Entities.Tagging;

/// <summary>
/// The trained tagger's weights: one row of <see cref="TagSet.Count"/> scores per feature key. Saved Brotli-compressed
/// with half-precision weights and only the non-zero entries of each row (a row touched by few labels stays small).
/// </summary>
public sealed class NerModel
{
    private const string Magic = "STORYLINE-NER";
    // 3: label features hashed from the token's (2: hashed with the label name; 1: greedy second-order ones).
    private const int Version = 3;

    private readonly Dictionary<uint, int> rows;
    private readonly FeatureTable table;
    private readonly float[] weights;

    public NerModel(Dictionary<uint, int> rows, float[] weights, NerModelInfo info)
    {
        this.rows = rows;
        this.weights = weights;
        table = new FeatureTable(rows);
        Info = info;
    }

    public NerModelInfo Info { get; }

    public int FeatureCount => rows.Count;

    /// <summary>Adds each feature's row to <paramref name="scores"/> (length <see cref="TagSet.Count"/>); unknown features add nothing.</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var n = TagSet.Count;
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
        writer.Write(TagSet.Count);
        writer.Write(rows.Count);
        var n = TagSet.Count;
        foreach (var (key, row) in rows.OrderBy(r => r.Key))
        {
            writer.Write(key);
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

    public static NerModel Load(Stream stream, string name)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"{name} is not a Storyline NER model of version {Version}.");
            }

            var info = new NerModelInfo(reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
            var n = reader.ReadInt32();
            if (n != TagSet.Count)
            {
                throw new InvalidDataException($"{name} has {n} labels; this build expects {TagSet.Count}.");
            }

            var count = reader.ReadInt32();
            var rows = new Dictionary<uint, int>(count);
            var weights = new float[count * n];
            for (var row = 0; row < count; row++)
            {
                rows[reader.ReadUInt32()] = row;
                int mask = reader.ReadUInt16();
                for (var k = 0; k < n; k++)
                {
                    if ((mask & (1 << k)) != 0)
                    {
                        weights[(row * n) + k] = (float)reader.ReadHalf();
                    }
                }
            }

            return new NerModel(rows, weights, info);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"{name} is truncated or damaged: {e.Message}", e);
        }
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file, path);
    }
}
