using Storyline.Duplicates;

namespace Storyline.Tests.Duplicates;

/// <summary>Two articles, compared as the index compares its candidates: copy, rewrite, translation, or nothing.</summary>
public sealed class DuplicateJudgeTests
{
    private static readonly Pipeline Pipeline = SharedPipeline.Create();

    [Fact]
    public void ACopyWithOtherSpacingCaseAndOneParagraphLessIsACopy()
    {
        var duplicate = Compare(DuplicateTexts.Wire, "en", DuplicateTexts.Copy, "en");

        Assert.Equal(DuplicateRelation.Copy, duplicate?.Relation);
        Assert.True(duplicate!.Similarity > 0.85, $"similarity {duplicate.Similarity}");
        var passage = Assert.Single(duplicate.Passages);
        Assert.Equal(0, passage.AStart);
    }

    [Fact]
    public void ARewriteSharesItsNearlyVerbatimParagraphsAsPassages()
    {
        var wire = Analyze(DuplicateTexts.Wire, "en", "wire");
        var rewrite = Analyze(DuplicateTexts.Rewrite, "en", "rewrite");

        var duplicate = DuplicateJudge.Compare(ArticleProfile.Of(wire), ArticleProfile.Of(rewrite));

        Assert.Equal(DuplicateRelation.Rewrite, duplicate?.Relation);
        var shared = duplicate!.Passages.Select(p => rewrite.Text.Substring(p.BStart, p.BLength)).ToList();
        Assert.Contains(shared, s => s.StartsWith("The deal, approved by both boards", StringComparison.Ordinal));
        Assert.Contains(shared, s => s.StartsWith("Koleje Wschodnie employs 2,300 people", StringComparison.Ordinal));
        Assert.DoesNotContain(shared, s => s.Contains("Analysts at ING", StringComparison.Ordinal));
    }

    [Fact]
    public void AFrenchTranslationIsFoundByItsNamesFiguresAndCognates()
    {
        var duplicate = Compare(DuplicateTexts.Wire, "en", DuplicateTexts.French, "fr");

        Assert.Equal(DuplicateRelation.Translation, duplicate?.Relation);
        Assert.True(duplicate!.Similarity >= 0.6, $"similarity {duplicate.Similarity}");
    }

    // Four sentences told again, most names and figures shared, though a third of each text does not align.
    [Fact]
    public void AGermanTranslatedRewriteIsATranslation()
    {
        var duplicate = Compare(DuplicateTexts.Wire, "en", DuplicateTexts.GermanRewrite, "de");

        Assert.Equal(DuplicateRelation.Translation, duplicate?.Relation);
    }

    [Fact]
    public void AReportWrittenApartInAnotherLanguageIsNotATranslation()
    {
        Assert.Null(Compare(DuplicateTexts.GermanRewrite, "de", DuplicateTexts.Independent, "en"));
    }

    // It aligns four sentences on the German rewrite's names and figures, but gives them in an order of its own.
    [Fact]
    public void AFollowUpThatGivesTheSameFiguresInItsOwnOrderIsNotATranslation()
    {
        Assert.Null(Compare(DuplicateTexts.GermanRewrite, "de", DuplicateTexts.FollowUp, "en"));
    }

    // Several sentences aligned on shared names and figures, most anchors shared: a translated rewrite where its aligned
    // sentences render each other's words and most keep one order (or the words are rendered so well that a moved
    // paragraph does not matter), an independent report of the same facts where they do not; with no dictionary for the
    // two languages the words are not asked, the order is.
    [Theory]
    [InlineData(0.30, 6, DuplicateRelation.Translation)]
    [InlineData(0.08, 6, DuplicateRelation.None)]
    [InlineData(null, 6, DuplicateRelation.Translation)]
    [InlineData(0.20, 3, DuplicateRelation.None)]
    [InlineData(null, 3, DuplicateRelation.None)]
    [InlineData(0.40, 3, DuplicateRelation.Translation)]
    public void SentencesAlignedOnNamesAndFiguresAreATranslationOnlyWhereTheirWordsTranslateInTheirOrder(double? words, int inOrder, DuplicateRelation relation)
    {
        var evidence = new PairEvidence(SameLanguage: false, Jaccard: 0, CoverageA: 0.35, CoverageB: 0.4, Aligned: 6, Passages: [])
        {
            AnchorJaccard = 0.45,
            TranslatedShare = words,
            InOrder = inOrder,
        };

        Assert.Equal(relation, DuplicateJudge.Relation(evidence));
    }

    [Theory]
    [InlineData(DuplicateTexts.OtherEvent)]
    [InlineData(DuplicateTexts.Independent)]
    public void AnotherEventOfTheSameCompanyOrAReportWrittenApartIsNotADuplicate(string other)
    {
        Assert.Null(Compare(DuplicateTexts.Wire, "en", other, "en"));
    }

    [Fact]
    public void TheEarlierPublishedArticleComesFirst()
    {
        var early = Analyze(DuplicateTexts.Wire, "en", "early", new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero));
        var late = Analyze(DuplicateTexts.Copy, "en", "late", new DateTimeOffset(2025, 3, 4, 11, 30, 0, TimeSpan.Zero));

        Assert.Equal("early", DuplicateJudge.Compare(ArticleProfile.Of(late), ArticleProfile.Of(early))?.First);
        Assert.Null(DuplicateJudge.Compare(ArticleProfile.Of(Analyze(DuplicateTexts.Wire, "en", "x")), ArticleProfile.Of(Analyze(DuplicateTexts.Copy, "en", "y")))?.First);
    }

    [Theory]
    // The unit is a word of each language, and the French gives the amount without its currency.
    [InlineData("Die erste Stufe soll 8 Gigawattstunden im Jahr liefern und 3,4 Milliarden Euro kosten.", "de",
        "La première tranche doit fournir 8 gigawattheures par an et coûter 3,4 milliards.", "fr")]
    [InlineData("The plant will employ 750 people from 2028.", "en", "L'usine emploiera 750 salariés à partir de 2028.", "fr")]
    public void AFigureIsOneAnchorInEveryLanguageThatGivesItsValue(string a, string languageA, string b, string languageB)
    {
        var (pa, pb) = (ArticleProfile.Of(Analyze(a, languageA, "a")), ArticleProfile.Of(Analyze(b, languageB, "b")));
        var figures = pa.Anchors.Where(x => x.StartsWith("f:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Contains(f, pb.Anchors));
    }

    [Fact]
    public void APlaceNamedOnlyAsACurrencysIsNoAnchorButTheSumIs()
    {
        var german = ArticleProfile.Of(Analyze("Berichten zufolge sammelt die Firma Lumora bei ihren Investoren 6,5 Milliarden US-Dollar ein.", "de", "a"));
        var french = ArticleProfile.Of(Analyze("Selon la presse, la société Lumora lèverait 6,5 milliards de dollars auprès de ses investisseurs.", "fr", "b"));

        Assert.DoesNotContain(german.Anchors, x => x.StartsWith("e:", StringComparison.Ordinal) && x != "e:lumora");
        Assert.Equal(german.Anchors.Order(StringComparer.Ordinal), french.Anchors.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Breaking")]
    [InlineData("...")]
    public void EmptyAndOneWordArticlesCompareWithoutError(string text)
    {
        var tiny = ArticleProfile.Of(new Article { Id = "tiny", Source = "-", Language = "en", Text = text, RawHash = "" });

        Assert.Null(DuplicateJudge.Compare(tiny, ArticleProfile.Of(Analyze(DuplicateTexts.Wire, "en", "wire"))));
        Assert.Equal(text.Any(char.IsLetter) ? DuplicateRelation.Copy : null, DuplicateJudge.Compare(tiny, tiny with { Id = "twin" })?.Relation);
    }

    private static Duplicate? Compare(string a, string languageA, string b, string languageB) =>
        DuplicateJudge.Compare(ArticleProfile.Of(Analyze(a, languageA, "a")), ArticleProfile.Of(Analyze(b, languageB, "b")));

    internal static Article Analyze(string text, string language, string id, DateTimeOffset? published = null) =>
        Pipeline.Analyze(new RawDocument(id, ContentKind.Text, text, "") { DeclaredLanguage = language, Published = published }, id);
}
