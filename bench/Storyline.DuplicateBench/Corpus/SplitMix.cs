using Storyline.Duplicates;

namespace Storyline.DuplicateBench.Corpus;

/// <summary>A tiny deterministic generator (SplitMix64) for the text of one sentence, cheap enough to make one per sentence.</summary>
public struct SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong Next() => FoldedWords.Mix(state += 0x9e3779b97f4a7c15UL);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public int Next(int below) => (int)(Next() % (ulong)below);
}
