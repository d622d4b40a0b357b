using Storyline.Quotes.Statements;

namespace Storyline.Duplicates;

/// <summary>
/// Which sentences of two articles say the same thing: every pair scored, then matched one to one, best first, so that a
/// rewrite that moves paragraphs still aligns. In one language two sentences match on word triples; across languages on
/// their anchors (entities, figures, numbers; each weighs two) and on cognate words.
/// </summary>
public static class SentenceAlignment
{
    /// <summary>Two sentences of one language share this much of their word triples (Dice) when one copies or edits the other.</summary>
    public const double SameLanguageMatch = 0.4;

    /// <summary>An edited sentence is often shortened: most of the shorter one's triples in the longer one is a match too.</summary>
    public const double ContainedMatch = 0.7;

    /// <summary>A sentence needs this many word triples before containment counts: "Berlin, 12 June" is in many articles.</summary>
    public const int ContainedMinimum = 5;

    /// <summary>Across languages: the score at which two sentences read as one translated.</summary>
    public const double CrossLanguageMatch = 0.4;

    /// <summary>Shared anchors must weigh this much (one named in at most two sentences of each article) to count at all.</summary>
    public const double MinimumTelling = 0.5;

    /// <summary>Cognates lift the anchors' score by up to this share: few words look alike between German and French.</summary>
    public const double CognateLift = 0.3;

    /// <summary>How much of the score the length ratio of the two sentences decides.</summary>
    public const double LengthShare = 0.4;

    /// <summary>Two sentences at opposite ends of their articles keep half their score.</summary>
    public const double OrderPenalty = 0.5;

    public static List<(int A, int B, double Score)> Align(ArticleProfile a, ArticleProfile b)
    {
        var same = string.Equals(a.Language, b.Language, StringComparison.Ordinal);
        var pairs = new List<(int A, int B, double Score)>();
        for (var i = 0; i < a.Sentences.Count; i++)
        {
            for (var j = 0; j < b.Sentences.Count; j++)
            {
                var score = same
                    ? SameLanguage(a.Sentences[i], b.Sentences[j])
                    : CrossLanguage(a.Sentences[i], b.Sentences[j], a.AnchorSpread, b.AnchorSpread) * Order(i, a.Sentences.Count, j, b.Sentences.Count);
                if (score > 0)
                {
                    pairs.Add((i, j, score));
                }
            }
        }

        pairs.Sort((x, y) => y.Score.CompareTo(x.Score));
        var (usedA, usedB) = (new bool[a.Sentences.Count], new bool[b.Sentences.Count]);
        var aligned = new List<(int, int, double)>();
        foreach (var (i, j, score) in pairs)
        {
            if (!usedA[i] && !usedB[j])
            {
                usedA[i] = usedB[j] = true;
                aligned.Add((i, j, score));
            }
        }

        aligned.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return aligned;
    }

    public static double SameLanguage(SentenceProfile a, SentenceProfile b)
    {
        var (small, large) = a.Shingles.Count <= b.Shingles.Count ? (a.Shingles, b.Shingles) : (b.Shingles, a.Shingles);
        if (small.Count == 0)
        {
            return 0;
        }

        var shared = small.Count(large.Contains);
        var dice = 2.0 * shared / (small.Count + large.Count);
        if (dice >= SameLanguageMatch)
        {
            return dice;
        }

        return small.Count >= ContainedMinimum && (double)shared / small.Count >= ContainedMatch ? dice + ((double)shared / small.Count / 2) : 0;
    }

    /// <summary>
    /// Across languages: the shared anchors' share of both sentences' anchors, each anchor weighted by how few sentences of
    /// its article name it (the subject every sentence names proves little, a figure given once proves much), lifted by the
    /// cognates both sentences share.
    /// </summary>
    public static double CrossLanguage(SentenceProfile a, SentenceProfile b, IReadOnlyDictionary<string, int> spreadA, IReadOnlyDictionary<string, int> spreadB)
    {
        double shared = 0, total = 0, telling = 0;
        foreach (var anchor in a.Anchors)
        {
            var weight = 1.0 / spreadA.GetValueOrDefault(anchor, 1);
            total += weight;
            if (b.Anchors.Contains(anchor))
            {
                var other = 1.0 / spreadB.GetValueOrDefault(anchor, 1);
                shared += weight + other;
                telling += Math.Min(weight, other);
            }
        }

        total += b.Anchors.Sum(x => 1.0 / spreadB.GetValueOrDefault(x, 1));
        if (shared == 0 || telling < MinimumTelling)
        {
            // Cognates alone ("important", "millions") are in every pair of sentences of related languages.
            return 0;
        }

        var anchors = shared / total;
        var (markedA, markedB) = Cognates.Marked(a.Words, b.Words);
        var (cognatesA, cognatesB) = (markedA.Count(x => x), markedB.Count(x => x));
        var words = a.Words.Count + b.Words.Count == 0 ? 0 : (double)(cognatesA + cognatesB) / (a.Words.Count + b.Words.Count);
        // A translated sentence runs about as long as its source; a sentence that only gives the same figure rarely does.
        var lengths = (double)Math.Min(a.Length, b.Length) / Math.Max(a.Length, b.Length);
        var score = anchors * (1 + words) / (1 + CognateLift) * (1 - LengthShare + (LengthShare * lengths));
        return score >= CrossLanguageMatch ? score : 0;
    }

    /// <summary>A translation keeps the order of its source: sentences far apart in their articles are less likely one.</summary>
    public static double Order(int i, int countA, int j, int countB) =>
        1 - (OrderPenalty * Math.Abs(((i + 0.5) / countA) - ((j + 0.5) / countB)));
}
