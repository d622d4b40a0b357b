using Storyline.Dictionaries;

namespace Storyline.Duplicates;

/// <summary>
/// What two articles share, before any verdict: the Jaccard index of their word triples, the share of each text (in
/// characters) in aligned sentences, how many sentences aligned, and the aligned sentences merged into passages.
/// </summary>
public sealed record PairEvidence(bool SameLanguage, double Jaccard, double CoverageA, double CoverageB, int Aligned, IReadOnlyList<SharedPassage> Passages)
{
    /// <summary>The Jaccard index of the two articles' anchors (entities, figures, numbers): what a translation keeps.</summary>
    public double AnchorJaccard { get; init; }

    /// <summary>
    /// Across languages, the share of the aligned sentences' words that translate each other (cognates, or through the
    /// installed dictionaries: <see cref="TranslatedWords"/>), averaged over the aligned pairs; null within one language,
    /// with fewer than <see cref="DuplicateJudge.RewrittenTranslationSentences"/> aligned, or where no dictionary has
    /// both languages (cognates alone say too little there).
    /// </summary>
    public double? TranslatedShare { get; init; }

    /// <summary>
    /// The most aligned sentences that follow one order in both texts (the longest chain rising on both sides): a
    /// translator keeps the source's order in what is kept, while two reports of one event that share figures give them
    /// in orders of their own.
    /// </summary>
    public int InOrder { get; init; }

    public double MinCoverage => Math.Min(CoverageA, CoverageB);

    public double MaxCoverage => Math.Max(CoverageA, CoverageB);

    public static PairEvidence Of(ArticleProfile a, ArticleProfile b)
    {
        var same = string.Equals(a.Language, b.Language, StringComparison.Ordinal);
        var aligned = SentenceAlignment.Align(a, b);
        var jaccard = same ? JaccardOf(a.Shingles, b.Shingles) : 0;
        var coveredA = aligned.Sum(p => a.Sentences[p.A].Length);
        var coveredB = aligned.Sum(p => b.Sentences[p.B].Length);
        return new PairEvidence(
            same, jaccard, Share(coveredA, a.TextLength), Share(coveredB, b.TextLength), aligned.Count, PassagesOf(a, b, aligned))
        {
            AnchorJaccard = Share(a.Anchors.Count(b.Anchors.Contains), a.Anchors.Union(b.Anchors).Count()),
            TranslatedShare = same || aligned.Count < DuplicateJudge.RewrittenTranslationSentences ? null : TranslatedShareOf(a, b, aligned),
            InOrder = LongestRise(aligned),
        };
    }

    // The aligned pairs come sorted by their sentence in A; the longest strictly rising run of their sentences in B
    // (patience sorting, n log n).
    private static int LongestRise(List<(int A, int B, double Score)> aligned)
    {
        var tails = new List<int>();
        foreach (var (_, b, _) in aligned)
        {
            var k = tails.BinarySearch(b);
            k = k < 0 ? ~k : k;
            if (k == tails.Count)
            {
                tails.Add(b);
            }
            else
            {
                tails[k] = b;
            }
        }

        return tails.Count;
    }

    private static double? TranslatedShareOf(ArticleProfile a, ArticleProfile b, List<(int A, int B, double Score)> aligned)
    {
        var dictionaries = BilingualDictionaries.Installed;
        if (!dictionaries.Knows(a.Language) || !dictionaries.Knows(b.Language))
        {
            return null;
        }

        return aligned.Average(p =>
        {
            var (wa, wb) = (a.Sentences[p.A].Words, b.Sentences[p.B].Words);
            var (ma, mb) = TranslatedWords.Marked(a.Language, wa, b.Language, wb, dictionaries);
            return wa.Count + wb.Count == 0 ? 0 : (double)(ma.Count(x => x) + mb.Count(x => x)) / (wa.Count + wb.Count);
        });
    }

    private static double Share(int covered, int total) => total == 0 ? 0 : (double)covered / total;

    private static double JaccardOf(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    // Aligned sentences that follow each other on both sides make one passage: a shared paragraph reads as one.
    private static List<SharedPassage> PassagesOf(ArticleProfile a, ArticleProfile b, List<(int A, int B, double Score)> aligned)
    {
        var passages = new List<SharedPassage>();
        var k = 0;
        while (k < aligned.Count)
        {
            var end = k + 1;
            while (end < aligned.Count && aligned[end].A == aligned[end - 1].A + 1 && aligned[end].B == aligned[end - 1].B + 1)
            {
                end++;
            }

            var (firstA, lastA) = (a.Sentences[aligned[k].A], a.Sentences[aligned[end - 1].A]);
            var (firstB, lastB) = (b.Sentences[aligned[k].B], b.Sentences[aligned[end - 1].B]);
            var score = aligned.Skip(k).Take(end - k).Average(p => Math.Min(1, p.Score));
            passages.Add(new SharedPassage(firstA.Start, lastA.End - firstA.Start, firstB.Start, lastB.End - firstB.Start, Math.Round(score, 3)));
            k = end;
        }

        return passages;
    }
}
