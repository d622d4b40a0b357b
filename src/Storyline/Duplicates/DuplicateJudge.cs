namespace Storyline.Duplicates;

/// <summary>
/// The verdict on two articles from what they share (<see cref="PairEvidence"/>). In one language: a copy when nearly all
/// of both texts align; a rewrite when several sentences do (one shared wire sentence is chance: both quote one statement).
/// Across languages: a translation when most of both texts align sentence by sentence, or a translated rewrite when
/// several sentences do and most names and figures are shared. Independent reports of one event in two languages share
/// figures and names in a third to a half of their sentences; a translation in two thirds or more.
/// </summary>
public static class DuplicateJudge
{
    /// <summary>Copies differ by a standfirst, a "read more" line or a trailer: nine tenths of each still align.</summary>
    public const double CopyCoverage = 0.8;

    /// <summary>A rewrite shares at least this share of one of the two texts...</summary>
    public const double RewriteCoverage = 0.12;

    /// <summary>...in at least this many sentences.</summary>
    public const int RewriteSentences = 2;

    /// <summary>A translation aligns at least this share of both texts.</summary>
    public const double TranslationCoverage = 0.6;

    /// <summary>
    /// A translation keeps nearly every name, figure and number of its source, even where its sentences are cut or merged
    /// so that fewer align: from this share of shared anchors on, a third of both texts aligned is enough. Two reports of
    /// one event written apart share a third to a half of their anchors: each names people and gives figures the other does not.
    /// </summary>
    public const double TranslationAnchors = 0.6;

    public const double AnchoredTranslationCoverage = 0.3;

    /// <summary>
    /// A translated rewrite (new headline and standfirst, paragraphs reordered, dropped and added) keeps fewer of its
    /// source's sentences whole, but still several in its source's words and order, and most of its names and figures:
    /// from this share of shared anchors on, <see cref="RewrittenTranslationSentences"/> aligned sentences are enough. On
    /// <c>samples/translations</c> every translated rewrite has 0.42–0.89 of its anchors shared and 4–13 sentences aligned,
    /// the independent reports 0.34 at most; the seeds' German rewrite of the French wire piece 0.44 and 7, their
    /// independent French report 0.29 and 3. Of SemEval's 383 cross-language pairs of real articles, 82 of them one
    /// story told twice, none aligns four sentences.
    /// </summary>
    public const double RewrittenTranslationAnchors = 0.4;

    public const int RewrittenTranslationSentences = 4;

    /// <summary>
    /// ...and its aligned sentences render each other's words: on <c>samples/translations</c> and <c>samples/gold/dev</c>
    /// a translated rewrite's aligned sentences share 0.14–0.46 of their words through cognates and the dictionaries,
    /// while independent reports of one event (fund-en-1 beside the French wire piece) share the names and figures that
    /// aligned them, but 0.07–0.10 of their words. Where no dictionary has both languages this is not asked.
    /// </summary>
    public const double RewrittenTranslationWords = 0.12;

    /// <summary>
    /// ...and keeps its source's order in at least <see cref="RewrittenTranslationSentences"/> of them
    /// (<see cref="PairEvidence.InOrder"/>), unless its aligned sentences render a third or more of each other's words, as
    /// a translator does who moved a paragraph. Independent reports of one event give the shared figures in an order of
    /// their own: on <c>samples/gold/dev</c> a report written two days later in English aligns 4-5 sentences with each
    /// German one, 3 of them in order, with 0.16-0.27 of their words rendered.
    /// </summary>
    public const double ReorderedTranslationWords = 0.35;

    public static DuplicateRelation Relation(PairEvidence evidence)
    {
        if (!evidence.SameLanguage)
        {
            var translated = evidence.MinCoverage >= TranslationCoverage
                || evidence.AnchorJaccard >= TranslationAnchors && evidence.MinCoverage >= AnchoredTranslationCoverage
                || evidence.AnchorJaccard >= RewrittenTranslationAnchors && evidence.Aligned >= RewrittenTranslationSentences
                    && evidence.TranslatedShare is not < RewrittenTranslationWords
                    && (evidence.InOrder >= RewrittenTranslationSentences || evidence.TranslatedShare >= ReorderedTranslationWords);
            return translated ? DuplicateRelation.Translation : DuplicateRelation.None;
        }

        if (evidence.MinCoverage >= CopyCoverage)
        {
            return DuplicateRelation.Copy;
        }

        return evidence.Aligned >= RewriteSentences && evidence.MaxCoverage >= RewriteCoverage ? DuplicateRelation.Rewrite : DuplicateRelation.None;
    }

    /// <summary>Compares two articles; null when they share nothing worth telling.</summary>
    public static Duplicate? Compare(ArticleProfile a, ArticleProfile b)
    {
        var evidence = PairEvidence.Of(a, b);
        var relation = Relation(evidence);
        if (relation == DuplicateRelation.None)
        {
            return null;
        }

        var similarity = Math.Round((evidence.CoverageA + evidence.CoverageB) / 2, 3);
        return new Duplicate(a.Id, b.Id, relation, similarity, evidence.Passages) { First = First(a, b) };
    }

    private static string? First(ArticleProfile a, ArticleProfile b) =>
        a.Published is { } pa && b.Published is { } pb && pa != pb ? (pa < pb ? a.Id : b.Id) : null;
}
