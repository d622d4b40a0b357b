namespace Storyline.StoryBench.Measurement;

/// <summary>
/// B-cubed precision and recall of a clustering against the truth, in linear time: per article, the share of its found
/// story that is in its true story (precision) and the share of its true story that is in its found story (recall),
/// averaged; both come from the counts of (found, true) pairs. Also per class of true story size.
/// </summary>
public static class BCubed
{
    public sealed record Row(string Stories, long Articles, double Precision, double Recall)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static readonly (int From, string Label)[] Classes = [(1, "1"), (2, "2-5"), (6, "6-100"), (101, "101-1,000"), (1_001, "> 1,000")];

    /// <summary>truth[i] and found[i]: article i's true and found story (found -1: not assigned, its own story).</summary>
    public static IReadOnlyList<Row> Score(int[] truth, int[] found)
    {
        var n = truth.Length;
        var trueSize = new Dictionary<int, int>();
        var foundSize = new Dictionary<long, int>();
        var both = new Dictionary<long, int>();
        long Found(int i) => found[i] >= 0 ? found[i] : -1L - i;
        for (var i = 0; i < n; i++)
        {
            trueSize[truth[i]] = trueSize.GetValueOrDefault(truth[i]) + 1;
            foundSize[Found(i)] = foundSize.GetValueOrDefault(Found(i)) + 1;
            var key = (Found(i) << 32) ^ (uint)truth[i];
            both[key] = both.GetValueOrDefault(key) + 1;
        }

        var sums = new (long Articles, double Precision, double Recall)[Classes.Length + 1];
        for (var i = 0; i < n; i++)
        {
            var c = both[(Found(i) << 32) ^ (uint)truth[i]];
            var size = trueSize[truth[i]];
            var k = Array.FindLastIndex(Classes, x => size >= x.From);
            foreach (var slot in new[] { k, Classes.Length })
            {
                sums[slot].Articles++;
                sums[slot].Precision += (double)c / foundSize[Found(i)];
                sums[slot].Recall += (double)c / size;
            }
        }

        return Classes.Select(x => x.Label).Append("all").Zip(sums)
            .Where(x => x.Second.Articles > 0)
            .Select(x => new Row(x.First, x.Second.Articles, x.Second.Precision / x.Second.Articles, x.Second.Recall / x.Second.Articles)).ToList();
    }
}
