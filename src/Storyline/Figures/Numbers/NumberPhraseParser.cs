namespace Storyline.Figures.Numbers;

/// <summary>
/// Reads number phrases from tokenized items, left to right, the longest reading first: a run of joined numerals and
/// number words is valued group by group ("two hundred and two thousand" = 202 × 1000) and cut where the next item
/// cannot belong to the same number ("423 0000", "three-nought-four" are separate numbers).
/// </summary>
internal static class NumberPhraseParser
{
    // No real number phrase has more items ("one million two hundred and thirty-four thousand five hundred and sixty"
    // has 14); the cap keeps a long run of number words linear, since a failed phrase is retried one item later.
    private const int MaxItems = 48;

    public static void Parse(List<NumberItem> items, NumberLexicon lexicon, List<NumberMatch> matches)
    {
        var k = 0;
        while (k < items.Count)
        {
            if (new NumberPhrase(items, lexicon).TryRead(k) is { } found)
            {
                if (double.IsFinite(found.Value) && !IsPronoun(items, lexicon, k, found.Last))
                {
                    var start = found.Start;
                    matches.Add(new NumberMatch(start, items[found.Last].End - start, found.Value, found.Written, found.Scaled));
                    k = found.Last + 1;
                    continue;
                }
            }

            k++;
        }
    }

    /// <summary>"one" alone after a determiner is a pronoun ("the one you mentioned", "which one").</summary>
    private static bool IsPronoun(List<NumberItem> items, NumberLexicon lexicon, int first, int last)
    {
        var item = items[first];
        return first == last && first > 0 && item.Joined && item.Word is { Kind: NumberWordKind.Unit, Value: 1 }
            && items[first - 1] is { Kind: NumberItemKind.Other, Text: { } before } && lexicon.OnePronounCues.Contains(before);
    }
}
