using Storyline.Dictionaries;
using Storyline.Duplicates;
using Storyline.Quotes.Statements;
using Storyline.Stories;

namespace Storyline.Evaluation.Duplicates;

/// <summary>
/// The language-independent signals two articles share, each from 0 to 1, so that what each adds can be measured apart:
/// canonical entities, normalised figures, bare numbers, cognate words, cognates or words the installed dictionaries
/// translate, quote twins, all anchors together, the share of both texts that aligns sentence by sentence, the
/// duplicate verdict itself, and how far their kinds of event agree (<see cref="StoryEvents"/>; 0 where either
/// language has no event words).
/// </summary>
public static class PairSignals
{
    public static readonly IReadOnlyList<string> Names = ["entities", "figures", "numbers", "cognates", "translated", "quotes", "anchors", "alignment", "duplicate", "events"];

    /// <summary>Cognates are tested between the first this many distinct content words of each article: the test is quadratic.</summary>
    public const int CognateWords = 150;

    public static double[] Of(Article a, Article b, ArticleProfile pa, ArticleProfile pb)
    {
        var evidence = PairEvidence.Of(pa, pb);
        var (cognates, translated) = WordShares(pa, pb);
        return
        [
            Jaccard(Anchors(pa, "e:"), Anchors(pb, "e:")),
            Jaccard(Anchors(pa, "f:"), Anchors(pb, "f:")),
            Jaccard(pa.Anchors.Where(x => x.Length > 0 && char.IsDigit(x[0])).ToHashSet(), pb.Anchors.Where(x => x.Length > 0 && char.IsDigit(x[0])).ToHashSet()),
            cognates,
            translated,
            Twins(a, b),
            evidence.AnchorJaccard,
            evidence.MinCoverage,
            DuplicateJudge.Relation(evidence) == DuplicateRelation.None ? 0 : 1,
            StoryEvents.Agreement(StoryEvents.Of(a), StoryEvents.Of(b)),
        ];
    }

    private static HashSet<string> Anchors(ArticleProfile p, string prefix) => p.Anchors.Where(x => x.StartsWith(prefix, StringComparison.Ordinal)).ToHashSet();

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Count(b.Contains) / union;
    }

    // The share of both articles' first content words that are cognates of a word of the other, and the share that are
    // cognates or translations through the machine's dictionaries (TranslatedWords): one cognate test serves both.
    private static (double Cognates, double Translated) WordShares(ArticleProfile a, ArticleProfile b)
    {
        var wa = a.Sentences.SelectMany(s => s.Words).Distinct(StringComparer.Ordinal).Take(CognateWords).ToList();
        var wb = b.Sentences.SelectMany(s => s.Words).Distinct(StringComparer.Ordinal).Take(CognateWords).ToList();
        if (wa.Count + wb.Count == 0)
        {
            return (0, 0);
        }

        var cognates = Cognates.Marked(wa, wb);
        var either = TranslatedWords.Either(cognates, TranslatedWords.Translated(a.Language, wa, b.Language, wb));
        return (Share(cognates), Share(either));

        double Share((bool[] A, bool[] B) marked) => (double)(marked.A.Count(x => x) + marked.B.Count(x => x)) / (wa.Count + wb.Count);
    }

    // The share of the two articles' quotes that the statement matcher puts in a statement both carry.
    private static double Twins(Article a, Article b)
    {
        var quotes = a.Quotes.Count + b.Quotes.Count;
        if (quotes == 0)
        {
            return 0;
        }

        var shared = StatementMatcher.Default.Match([a, b]).Where(s => s.Articles.Count > 1).Sum(s => s.Versions.Count);
        return (double)shared / quotes;
    }
}
