using System.Numerics;

namespace Storyline.Stories;

/// <summary>
/// An article's names and figures or its words, keyed by <see cref="HashedTerms.KeyOf"/>, in an open-addressed table at
/// most half full (a few KB, so it stays in the cache while the article is dotted with its candidate stories): a key
/// absent is told by its first slot, most often empty.
/// </summary>
internal sealed class TermProbe
{
    private readonly ulong[] keys;
    private readonly double[] values;
    private readonly int mask;

    public TermProbe(int count)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, count * 2));
        (keys, values, mask) = (new ulong[capacity], new double[capacity], capacity - 1);
    }

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="value"/> to the key's (a key is odd, so never the empty slot's 0).</summary>
    public void Add(ulong key, double value)
    {
        var slot = Slot(key);
        while (keys[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        Count += keys[slot] == 0 ? 1 : 0;
        keys[slot] = key;
        values[slot] += value;
    }

    /// <summary>The sum over the given keys of their weights times this table's values for them.</summary>
    public double Dot(ulong[] otherKeys, double[] otherWeights)
    {
        double dot = 0;
        if (Count == 0)
        {
            return dot;
        }

        for (var i = 0; i < otherKeys.Length; i++)
        {
            var key = otherKeys[i];
            for (var slot = Slot(key); keys[slot] != 0; slot = (slot + 1) & mask)
            {
                if (keys[slot] == key)
                {
                    dot += values[slot] * otherWeights[i];
                    break;
                }
            }
        }

        return dot;
    }

    // The key's low bit is always set: its next bits choose the slot.
    private int Slot(ulong key) => (int)((key >> 1) & (uint)mask);
}
