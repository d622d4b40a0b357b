namespace Storyline.Entities.Tagging;

/// <summary>
/// Multiclass perceptron weights with averaging (Collins 2002), the training side of <see cref="NerModel"/>. Averages
/// lazily: each weight remembers when it last changed, so an update costs only the features it touches.
/// </summary>
public sealed class AveragedPerceptron(int labels)
{
    /// <summary>A tagger's learner: one weight per label of <see cref="TagSet"/>.</summary>
    public AveragedPerceptron()
        : this(TagSet.Count)
    {
    }

    private readonly Dictionary<uint, int> rows = [];
    private float[] weights = new float[1 << 16];
    private double[] totals = new double[1 << 16];
    private int[] stamps = new int[1 << 16];
    private int clock;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        for (var f = 0; f < features.Length; f++)
        {
            if (rows.TryGetValue(features[f], out var row))
            {
                var w = weights.AsSpan(row * labels, labels);
                for (var k = 0; k < labels; k++)
                {
                    scores[k] += w[k];
                }
            }
        }
    }

    /// <summary>Counts one training step (a sentence, for the structured perceptron).</summary>
    public void Tick() => clock++;

    /// <summary>Adds <paramref name="delta"/> to the weight of each feature for one label.</summary>
    public void Adjust(ReadOnlySpan<uint> features, int label, float delta)
    {
        foreach (var feature in features)
        {
            Add(RowOf(feature), label, delta);
        }
    }

    /// <summary>The averaged weights as a model, dropping rows that average to nothing.</summary>
    public NerModel ToModel(NerModelInfo info, float minimum = 1e-3f)
    {
        var keptKeys = new List<uint>();
        var kept = new List<float>();
        foreach (var (key, row) in rows)
        {
            var averaged = new float[labels];
            var any = false;
            for (var k = 0; k < labels; k++)
            {
                var i = (row * labels) + k;
                var total = totals[i] + ((clock - stamps[i]) * (double)weights[i]);
                averaged[k] = (float)(total / Math.Max(clock, 1));
                any |= Math.Abs(averaged[k]) >= minimum;
            }

            if (any)
            {
                keptKeys.Add(key);
                kept.AddRange(averaged);
            }
        }

        return new NerModel(keptKeys.ToArray(), kept.ToArray(), info, labels);
    }

    private void Add(int row, int label, float delta)
    {
        var i = (row * labels) + label;
        totals[i] += (clock - stamps[i]) * (double)weights[i];
        stamps[i] = clock;
        weights[i] += delta;
    }

    private int RowOf(uint feature)
    {
        if (rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = rows.Count;
        rows[feature] = row;
        var needed = (row + 1) * labels;
        if (needed > weights.Length)
        {
            var size = Math.Max(needed, weights.Length * 2);
            Array.Resize(ref weights, size);
            Array.Resize(ref totals, size);
            Array.Resize(ref stamps, size);
        }

        return row;
    }
}
