using Storyline.Duplicates;

namespace Storyline.StoryBench.Corpus;

/// <summary>A tiny deterministic generator (SplitMix64), cheap enough to make one per story or article.</summary>
public struct SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong Next() => FoldedWords.Mix(state += 0x9e3779b97f4a7c15UL);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public int Next(int below) => (int)(Next() % (ulong)below);

    /// <summary>A rank in [0, count) with weight about 1/(rank + 1) (log-uniform): a few very common, a long tail of rare.</summary>
    public int Zipf(int count) => Math.Min(count - 1, (int)Math.Exp(NextDouble() * Math.Log(count + 1.0)) - 1);

    /// <summary>Whether an event of this probability happens.</summary>
    public bool Chance(double probability) => NextDouble() < probability;
}
