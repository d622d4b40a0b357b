namespace Storyline.Quotes.Statements;

/// <summary>
/// How likely two quotes of different articles report the same statement, from 0 to about 1, by language-independent
/// evidence only: words that are cognates, entities named in one and in or around the other, and shared numbers, as a
/// weighted Dice overlap; a short quote that a longer one contains ("flourishing tech ecosystem" in the whole statement)
/// scores by how much of it is covered. The speaker and the entities around both add a little, never enough alone.
/// </summary>
public static class QuoteSimilarity
{
    /// <summary>A covered fragment weighs half as much as an overlap of both quotes: a few shared words prove less than many.</summary>
    public const double CoverShare = 0.5;

    /// <summary>A fragment needs this much evidence (two words, or one entity or number) before its coverage counts.</summary>
    public const double CoverEvidence = 2;

    /// <summary>Both give numbers and none agree: most likely two statements about different facts.</summary>
    public const double NumberClash = 0.5;

    public const double SpeakerBonus = 0.08;

    public const double ContextBonus = 0.05;

    public static double Score(QuoteProfile a, QuoteProfile b)
    {
        var matchedA = Matched(a, b);
        var matchedB = Matched(b, a);
        if (matchedA == 0 || matchedB == 0)
        {
            return 0;
        }

        var dice = (matchedA + matchedB) / (a.Weight + b.Weight);
        var (shortMatched, shortWeight) = a.Weight <= b.Weight ? (matchedA, a.Weight) : (matchedB, b.Weight);
        var cover = shortMatched >= CoverEvidence ? CoverShare * shortMatched / shortWeight : 0;
        var score = Math.Max(dice, cover);
        if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Overlaps(b.Numbers))
        {
            score *= NumberClash;
        }

        if (a.Speaker is not null && string.Equals(a.Speaker, b.Speaker, StringComparison.Ordinal))
        {
            score += SpeakerBonus;
        }

        if (a.Context.Overlaps(b.Context))
        {
            score += ContextBonus;
        }

        return score;
    }

    // The weight of a's evidence that b shares: each word with a cognate in b, each entity b names in or around it, each number b gives.
    private static double Matched(QuoteProfile a, QuoteProfile b)
    {
        var matched = 0.0;
        foreach (var w in a.Words)
        {
            if (b.Words.Any(v => Cognates.Match(w, v)))
            {
                matched++;
            }
        }

        matched += 2.0 * a.Entities.Count(e => b.Entities.Contains(e) || b.Context.Contains(e));
        matched += 2.0 * a.Numbers.Count(b.Numbers.Contains);
        return matched;
    }
}
