using System.Text;

namespace Storyline.Evaluation;

/// <summary>
/// Scores extracted text against a gold main text as multisets of word tokens (letters and digits, lowercased invariant):
/// a token kept as often as the gold has it is a true positive, an extra one a false positive, a missing one a false negative.
/// </summary>
public sealed class BoilerplateTokenScorer
{
    /// <summary>The token confusion matrix; true negatives are not defined for free text and stay 0.</summary>
    public ConfusionMatrix Score(string extracted, string gold)
    {
        var expected = Count(gold);
        var truePositives = 0;
        var falsePositives = 0;
        foreach (var token in Tokens(extracted))
        {
            if (expected.TryGetValue(token, out var left) && left > 0)
            {
                expected[token] = left - 1;
                truePositives++;
            }
            else
            {
                falsePositives++;
            }
        }

        var falseNegatives = expected.Values.Sum();
        return new ConfusionMatrix(truePositives, falsePositives, falseNegatives, 0);
    }

    /// <summary>Word tokens in order: maximal runs of letters, digits and combining marks, lowercased invariant.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static Dictionary<string, int> Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokens(text))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
