using System.Numerics.Tensors;

namespace Storyline.Entities.Tagging;

/// <summary>
/// Groups word vectors into <see cref="WordClusters"/>: spherical k-means (cosine) over every word for the finest level,
/// then k-means over those clusters' centroids for each coarser level, so the levels nest. Deterministic: the seeds are
/// words spread evenly over the frequency order (frequent and rare words both start clusters) and sums are taken in order.
/// </summary>
public sealed class WordClusterer
{
    /// <summary>Clusters at the finest level; the coarser ones have a quarter and a sixteenth of it.</summary>
    public int Clusters { get; init; } = 4096;

    public int MaxIterations { get; init; } = 20;

    public WordClusters Cluster(WordVectors vectors, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var k = Math.Min(Clusters, vectors.Words.Length);
        var (fine, centroids) = KMeans(vectors.Values, vectors.Words.Length, vectors.Dimensions, k, progress);
        var (middle, _) = KMeans(centroids, k, vectors.Dimensions, Math.Max(1, k / 4), null);
        var (coarse, _) = KMeans(centroids, k, vectors.Dimensions, Math.Max(1, k / 16), null);
        var classes = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        for (var i = 0; i < vectors.Words.Length; i++)
        {
            var c = fine[i];
            classes.TryAdd(vectors.Words[i], [(ushort)coarse[c], (ushort)middle[c], (ushort)c]);
        }

        return new WordClusters(classes);
    }

    private (int[] Assignment, float[] Centroids) KMeans(float[] data, int n, int d, int k, IProgress<string>? progress)
    {
        var centroids = new float[k * d];
        for (var j = 0; j < k; j++)
        {
            var seed = (int)((long)j * n / k);
            data.AsSpan(seed * d, d).CopyTo(centroids.AsSpan(j * d, d));
        }

        var assignment = new int[n];
        Array.Fill(assignment, -1);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, n, i =>
            {
                var v = data.AsSpan(i * d, d);
                var best = 0;
                var bestScore = float.MinValue;
                for (var j = 0; j < k; j++)
                {
                    var score = TensorPrimitives.Dot(v, centroids.AsSpan(j * d, d));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = j;
                    }
                }

                if (assignment[i] != best)
                {
                    Interlocked.Increment(ref changed);
                    assignment[i] = best;
                }
            });

            var sums = new float[k * d];
            for (var i = 0; i < n; i++)
            {
                var sum = sums.AsSpan(assignment[i] * d, d);
                TensorPrimitives.Add(sum, data.AsSpan(i * d, d), sum);
            }

            for (var j = 0; j < k; j++)
            {
                var sum = sums.AsSpan(j * d, d);
                var norm = TensorPrimitives.Norm(sum);
                if (norm > 0)
                {
                    // An emptied cluster keeps its old centroid.
                    TensorPrimitives.Divide(sum, norm, centroids.AsSpan(j * d, d));
                }
            }

            progress?.Report($"k-means, {k:N0} clusters, iteration {iteration}: {changed:N0} words moved");
            if (changed <= n / 1000)
            {
                break;
            }
        }

        return (assignment, centroids);
    }
}
