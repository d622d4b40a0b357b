using System.Text;

namespace Storyline.DuplicateBench.Corpus;

/// <summary>
/// A synthetic vocabulary of distinct words built from syllables, drawn with Zipf frequencies (rank r has weight 1/r):
/// a few short words make up much of every text ("the", "of"), most words are rare, as in news prose.
/// </summary>
public sealed class Vocabulary
{
    private static readonly string[] Onsets =
        ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "ch", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "st", "tr", "th"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ou", "ai", "ea", "é", "ie"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "l", "t"];

    private readonly string[] words;
    private readonly double[] probability;
    private readonly int[] alias;

    public Vocabulary(int size, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        words = new string[size];
        var builder = new StringBuilder();
        for (var rank = 0; rank < size; rank++)
        {
            // Frequent words are short; the long tail is three and four syllables.
            var syllables = rank < 60 ? 1 : rank < 3_000 ? 2 : rank < 50_000 ? 3 : 4;
            string word;
            do
            {
                builder.Clear();
                for (var s = 0; s < syllables; s++)
                {
                    builder.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
                    if (s == syllables - 1 || random.Next(4) == 0)
                    {
                        builder.Append(Codas[random.Next(Codas.Length)]);
                    }
                }

                word = builder.ToString();
            }
            while (!seen.Add(word.Replace('é', 'e')));

            words[rank] = word;
        }

        // Vose's alias table: one draw is one uniform number and one table look-up, whatever the vocabulary size.
        var weights = Enumerable.Range(0, size).Select(r => 1.0 / (r + 1)).ToArray();
        var total = weights.Sum();
        probability = new double[size];
        alias = new int[size];
        var scaled = weights.Select(w => w * size / total).ToArray();
        var small = new Stack<int>(Enumerable.Range(0, size).Where(i => scaled[i] < 1));
        var large = new Stack<int>(Enumerable.Range(0, size).Where(i => scaled[i] >= 1));
        while (small.Count > 0 && large.Count > 0)
        {
            var (less, more) = (small.Pop(), large.Pop());
            (probability[less], alias[less]) = (scaled[less], more);
            scaled[more] += scaled[less] - 1;
            (scaled[more] < 1 ? small : large).Push(more);
        }

        foreach (var i in small.Concat(large))
        {
            (probability[i], alias[i]) = (1, i);
        }
    }

    public int Count => words.Length;

    /// <summary>A word drawn with Zipf frequency from u (uniform in [0, 1)).</summary>
    public string Sample(double u)
    {
        var scaled = u * words.Length;
        var i = (int)scaled;
        return words[scaled - i < probability[i] ? i : alias[i]];
    }
}
