namespace Storyline.DuplicateBench.Measurement;

/// <summary>Lookup times in milliseconds, kept whole (4 bytes each) so percentiles are exact.</summary>
public sealed class Latencies
{
    private readonly List<float> all = [];
    private int chunkStart;

    public int Count => all.Count;

    public double TotalMilliseconds => all.Sum(t => (double)t);

    public void Add(double milliseconds) => all.Add((float)milliseconds);

    /// <summary>Percentiles of the times added since the last call, then starts a new chunk.</summary>
    public (double P50, double P99, double Max) TakeChunk()
    {
        var chunk = Percentiles(all.Skip(chunkStart));
        chunkStart = all.Count;
        return chunk;
    }

    public (double P50, double P99, double Max) Overall() => Percentiles(all);

    public static (double P50, double P99, double Max) Percentiles(IEnumerable<float> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return (0, 0, 0);
        }

        Array.Sort(sorted);
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (At(0.50), At(0.99), sorted[^1]);
    }
}
