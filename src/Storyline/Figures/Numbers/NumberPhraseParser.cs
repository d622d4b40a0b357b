namespace Storyline.Figures.Numbers;

/// <summary>
/// Reads number phrases from tokenized items, left to right, the longest reading first: a run of joined numerals and
/// number words is valued group by group ("two hundred and two thousand" = 202 × 1000) and cut where the next item
/// cannot belong to the same number ("423 0000", "three-nought-four" are separate numbers).
/// </summary>
internal static class NumberPhraseParser
{
    public static void Parse(List<NumberItem> items, NumberLexicon lexicon, List<NumberMatch> matches)
    {
        var k = 0;
        while (k < items.Count)
        {
            if (new NumberPhrase(items, lexicon).TryRead(k) is { } phrase)
            {
                var found = Ratio(items, lexicon, phrase) ?? phrase;
                if (!found.ArticleOnly && double.IsFinite(found.Value) && !IsPronoun(items, lexicon, k, found.Last))
                {
                    matches.Add(new NumberMatch(found.Start, items[found.Last].End - found.Start, found.Value, found.Written, found.Scaled));
                    k = found.Last + 1;
                    continue;
                }
            }

            k++;
        }
    }

    /// <summary>
    /// "one over three", "two out of five hundred", "un sur trois": the first number divided by the second, under the
    /// ratio word's rule. A plain ratio word ("over", "sur") is not read before a noun: "$2000 over 3 years", "sur 3 ans".
    /// </summary>
    private static PhraseReading? Ratio(List<NumberItem> items, NumberLexicon lexicon, PhraseReading numerator)
    {
        var r = numerator.Last + 1;
        if (r + 1 >= items.Count || !items[r].Joined || items[r].Word is not { Kind: NumberWordKind.Ratio } ratio || !items[r + 1].Joined
            || new NumberPhrase(items, lexicon).TryRead(r + 1) is not { ArticleOnly: false } denominator
            || denominator.Value <= 0 || numerator.Value != Math.Floor(numerator.Value) || denominator.Value != Math.Floor(denominator.Value))
        {
            return null;
        }

        var nounAfter = denominator.Last + 1 < items.Count && items[denominator.Last + 1] is { Joined: true, Kind: NumberItemKind.Other };
        var accepted = ratio.SmallerFirst || ratio.WrittenAfter
            ? (!ratio.SmallerFirst || Math.Abs(numerator.Value) < denominator.Value) && (!ratio.WrittenAfter || denominator.Written)
            : !nounAfter;
        return accepted
            ? new PhraseReading(numerator.Start, denominator.Last, numerator.Value / denominator.Value, numerator.Written || denominator.Written, false, false)
            : null;
    }

    /// <summary>"one" alone after a determiner is a pronoun ("the one you mentioned", "which one").</summary>
    private static bool IsPronoun(List<NumberItem> items, NumberLexicon lexicon, int first, int last)
    {
        var item = items[first];
        return first == last && first > 0 && item.Joined && item.Word is { Kind: NumberWordKind.Unit, Value: 1 }
            && items[first - 1] is { Kind: NumberItemKind.Other, Text: { } before } && lexicon.OnePronounCues.Contains(before);
    }
}
