using Storyline.Dictionaries;
using Storyline.Entities;
using Storyline.Quotes;
using Storyline.Quotes.Statements;
using Storyline.Tests.Dictionaries;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes.Statements;

/// <summary>
/// One statement across articles and languages, its versions and who each source credits; two statements of one company
/// in the same articles stay two.
/// </summary>
public sealed class StatementMatcherTests
{
    private static readonly Article French = TwinArticle.Of(
        "fr",
        "fr",
        "Vantor investit à Lyon. « Nous investirons 500 millions d’euros dans notre nouveau centre de recherche à Lyon », a déclaré Nadia Roux. "
        + "Elle a ajouté : « Nous ne fermerons aucune usine en France et nous garderons nos 1 200 employés. »",
        [("Nous investirons 500 millions d’euros dans notre nouveau centre de recherche à Lyon", "Nadia Roux"),
         ("Nous ne fermerons aucune usine en France et nous garderons nos 1 200 employés.", "Nadia Roux")],
        [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), Person("Nadia Roux"), ("France", EntityType.Place, "France")],
        ("500 millions d’euros", 5e8),
        ("1 200", 1200));

    private static readonly Article German = TwinArticle.Of(
        "de",
        "de",
        "Vantor baut in Lyon aus. „Wir werden 500 Millionen Euro in unser neues Forschungszentrum in Lyon investieren“, sagte ein Vantor-Sprecher. "
        + "Zugleich versprach das Unternehmen: „Wir schließen kein Werk in Frankreich und behalten unsere 1.200 Angestellten.“",
        [("Wir werden 500 Millionen Euro in unser neues Forschungszentrum in Lyon investieren", "Vantor"),
         ("Wir schließen kein Werk in Frankreich und behalten unsere 1.200 Angestellten.", "Vantor")],
        [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), ("France", EntityType.Place, "Frankreich")],
        ("500 Millionen Euro", 5e8),
        ("1.200", 1200));

    private static readonly Article English = TwinArticle.Of(
        "en",
        "en",
        "Vantor expands in Lyon. \"We will invest €500m in our new research centre in Lyon,\" Vantor said in a statement. "
        + "\"We will close no plant in France and we will keep our 1,200 employees,\" the company added.",
        [("We will invest €500m in our new research centre in Lyon,", "Vantor"),
         ("We will close no plant in France and we will keep our 1,200 employees,", "Vantor")],
        [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), ("France", EntityType.Place, "France")],
        ("€500m", 5e8),
        ("1,200", 1200));

    [Fact]
    public void OneStatementInThreeLanguagesIsOneStatementWithThreeVersions()
    {
        var statements = StatementMatcher.Default.Match([French, German, English]);

        var investment = Assert.Single(statements, s => s.Versions.Any(v => v.Text.Contains("investirons", StringComparison.Ordinal)));
        Assert.Equal(["fr", "de", "en"], investment.Versions.Select(v => v.Language));
        Assert.All(investment.Versions, v => Assert.Contains("500", v.Text, StringComparison.Ordinal));
        Assert.StartsWith("We will invest", investment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATranslationWithNoCognateIsOneStatementThroughTheDictionaries()
    {
        using var folder = new TempFolder();
        DictdWriter.Write(
            folder,
            "fra-deu",
            ("employé", "employé <n>\nBeschäftigter, Angestellter\n"),
            ("mériter", "mériter <v>\nverdienen\n"),
            ("meilleur", "meilleur <adj>\nbesser\n"),
            ("réponse", "réponse <n>\nAntwort\n"),
            ("direction", "direction <n>\nGeschäftsleitung\n"));
        var french = TwinArticle.Of(
            "fr",
            "fr",
            "Vantor ferme Roubaix. « Nos employés méritent une meilleure réponse de la direction », a déclaré Paul Girard.",
            [("Nos employés méritent une meilleure réponse de la direction", "Paul Girard")],
            [Organisation("Vantor"), ("Roubaix", EntityType.Place, "Roubaix"), Person("Paul Girard")]);
        var german = TwinArticle.Of(
            "de",
            "de",
            "Vantor schließt Roubaix. „Unsere Beschäftigten verdienen eine bessere Antwort der Geschäftsleitung“, sagte Paul Girard.",
            [("Unsere Beschäftigten verdienen eine bessere Antwort der Geschäftsleitung", "Paul Girard")],
            [Organisation("Vantor"), ("Roubaix", EntityType.Place, "Roubaix"), Person("Paul Girard")]);

        var without = new StatementMatcher(StatementMatcher.DefaultThreshold, new BilingualDictionaries(folder.File("none")));
        var with = new StatementMatcher(StatementMatcher.DefaultThreshold, new BilingualDictionaries(folder.Path));

        Assert.Equal(2, without.Match([french, german]).Count);
        Assert.Equal(["fr", "de"], Assert.Single(with.Match([french, german])).Versions.Select(v => v.Language));
    }

    [Fact]
    public void TwoStatementsOfOneCompanyInTheSameArticlesStayApart()
    {
        var statements = StatementMatcher.Default.Match([French, German, English]);

        var plants = Assert.Single(statements, s => s.Versions.Any(v => v.Text.Contains("usine", StringComparison.Ordinal)));
        Assert.Equal(3, plants.Versions.Count);
        Assert.DoesNotContain(plants.Versions, v => v.Text.Contains("500", StringComparison.Ordinal));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void SourcesCreditingDifferentSpeakersDifferAndAreListed()
    {
        var statements = StatementMatcher.Default.Match([French, German, English]);

        // The CEO in French, the company (a spokesperson, "the company") in German and English.
        Assert.All(statements, s => Assert.Equal(AttributionVerdict.Differ, s.Verdict));
        var investment = statements.Single(s => s.Versions.Any(v => v.Text.Contains("investirons", StringComparison.Ordinal)));
        Assert.Equal([("Vantor", 2), ("Nadia Roux", 1)], investment.Speakers.Select(s => (s.Speaker!, s.Articles.Count)));
    }

    [Fact]
    public void SourcesCreditingOneSpeakerAgree()
    {
        var german = German with { Quotes = German.Quotes.Select(q => q with { Speaker = "Nadia Roux" }).ToList() };
        var statements = StatementMatcher.Default.Match([French, german]);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal(AttributionVerdict.Same, s.Verdict));
    }

    [Fact]
    public void TwoPeoplesWordsOnOneTopicAreTwoStatementsButACompanyMayBeCreditedForItsChief()
    {
        // A minister in French and the lab's head in English, weeks apart: both speak of the company and of talent, which
        // is no reason to call their words one statement.
        var minister = TwinArticle.Of(
            "minister",
            "fr",
            "Vantor ouvre un laboratoire à Lyon. « L'arrivée de Vantor témoigne de l'attractivité de la France et de la qualité de nos talents et de nos chercheurs », a déclaré la ministre Claire Mercier.",
            [("L'arrivée de Vantor témoigne de l'attractivité de la France et de la qualité de nos talents et de nos chercheurs", "Claire Mercier")],
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), ("France", EntityType.Place, "France"), Person("Claire Mercier")]);
        var labHead = TwinArticle.Of(
            "lab-head",
            "en",
            "Vantor's Lyon lab is open. \"We will help them stay and work here, and put their talent to the benefit of the whole country,\" said Tom Hale, who leads the lab.",
            [("We will help them stay and work here, and put their talent to the benefit of the whole country,", "Tom Hale")],
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), ("France", EntityType.Place, "France"), Person("Tom Hale")]);
        using var folder = new TempFolder();
        DictdWriter.Write(folder, "fra-eng", ("chercheur", "chercheur <n>\nresearcher\n"), ("talent", "talent <n>\ntalent\n"));

        var apart = new StatementMatcher(StatementMatcher.DefaultThreshold, new BilingualDictionaries(folder.Path)).Match([minister, labHead]);
        Assert.Equal(2, apart.Count);

        // The same English words credited to the company rather than to another person: the French and German sources of
        // the Vantor statement above credit its chief and the company, and those stay one statement (SourcesCrediting...).
        var company = labHead with { Quotes = labHead.Quotes.Select(q => q with { Speaker = "Vantor" }).ToList() };
        var personAndCompany = QuoteSimilarity.Score(Profile(minister), Profile(company));
        var twoPeople = QuoteSimilarity.Score(Profile(minister), Profile(labHead));
        Assert.True(twoPeople < personAndCompany, $"{twoPeople} against {personAndCompany}");
    }

    private static QuoteProfile Profile(Article article) => QuoteProfile.Of(article, article.Quotes[0], name => name);

    [Fact]
    public void ACopyInTheSameLanguageIsOneStatementAndADifferentStatementIsNot()
    {
        var first = TwinArticle.Of(
            "fr-1",
            "fr",
            "« Notre nouvelle usine de Lyon ouvrira ses portes en mars avec trois cents salariés », a annoncé Vantor.",
            [("Notre nouvelle usine de Lyon ouvrira ses portes en mars avec trois cents salariés", "Vantor")],
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon")]);
        var copy = TwinArticle.Of(
            "fr-2",
            "fr",
            "Vantor a confirmé : « Notre nouvelle usine de Lyon ouvrira ses portes en mars avec trois cents salariés. »",
            [("Notre nouvelle usine de Lyon ouvrira ses portes en mars avec trois cents salariés.", "Vantor")],
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon")]);
        var other = TwinArticle.Of(
            "fr-3",
            "fr",
            "« Notre usine de Grenoble fermera ses portes en juin », a annoncé Vantor.",
            [("Notre usine de Grenoble fermera ses portes en juin", "Vantor")],
            [Organisation("Vantor"), ("Grenoble", EntityType.Place, "Grenoble")]);

        var statements = StatementMatcher.Default.Match([first, copy, other]);

        Assert.Equal(2, statements.Count);
        Assert.Equal(["fr-1", "fr-2"], statements.Single(s => s.Versions.Count == 2).Articles);
        Assert.Equal(AttributionVerdict.Same, statements[0].Verdict);
    }

    [Fact]
    public void IndirectQuotesAreVersionsToo()
    {
        var reported = TwinArticle.Of(
            "en-2",
            "en",
            "Vantor said it would invest €500m in a new research centre in Lyon.",
            [],
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon")],
            ("€500m", 5e8));
        reported = reported with { Quotes = [new Quote("it would invest €500m in a new research centre in Lyon", 12, 54, QuoteKind.Indirect, "Vantor", "said")] };
        Assert.Equal("it would invest €500m in a new research centre in Lyon", reported.Text.Substring(12, 54));

        var statements = StatementMatcher.Default.Match([French, reported]);

        var investment = Assert.Single(statements, s => s.Versions.Count == 2);
        Assert.Contains(investment.Versions, v => v.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void TwoGeneralWordsInALongerQuoteDoNotMakeAFragmentOfIt()
    {
        var french = TwinArticle.Of(
            "fr-asia",
            "fr",
            "Vantor grandit en Asie. « Nos clients asiatiques attendent des produits excellents, des livraisons rapides et des services commerciaux fiables, et nous doublerons nos équipes techniques à Singapour avant la fin de l’année prochaine », a déclaré Nadia Roux.",
            [("Nos clients asiatiques attendent des produits excellents, des livraisons rapides et des services commerciaux fiables, et nous doublerons nos équipes techniques à Singapour avant la fin de l’année prochaine", "Nadia Roux")],
            [Organisation("Vantor"), Person("Nadia Roux"), ("Singapore", EntityType.Place, "Singapour"), ("Asia", EntityType.Place, "Asie")]);
        var english = TwinArticle.Of(
            "en-paris",
            "en",
            "Vantor opens in Paris. \"An excellent start for our commercial people today\" Vantor said.",
            [("An excellent start for our commercial people today", "Vantor")],
            [Organisation("Vantor"), ("Paris", EntityType.Place, "Paris")]);
        using var folder = new TempFolder();

        // Cognates alone: "excellent" and "commercial" are two of the English quote's five words, not most of it.
        var statements = new StatementMatcher(StatementMatcher.DefaultThreshold, new BilingualDictionaries(folder.Path)).Match([french, english]);

        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void QuotesOfOneArticleNeverShareAStatement()
    {
        var twice = French with { Id = "fr-twice", Quotes = [.. French.Quotes, French.Quotes[0] with { Start = French.Quotes[0].Start }] };

        var statements = StatementMatcher.Default.Match([twice]);

        Assert.Equal(3, statements.Count);
        Assert.All(statements, s => Assert.Single(s.Versions));
    }

    // An article may give one statement in two parts, one quote right after the other from one speaker: both are
    // versions of the statement another article quotes whole; with another speaker's words between, they are not.
    [Theory]
    [InlineData("", true)]
    [InlineData("« Je suis sceptique », a répliqué Paul Girard. ", false)]
    public void TwoPartsOfOneStatementInOneArticleAreVersionsOfIt(string between, bool joined)
    {
        var text = "Vantor investit à Lyon. « Nous investirons 500 millions d’euros dans notre nouveau centre de recherche à Lyon », a déclaré Nadia Roux. "
            + between + "« Nous ne fermerons aucune usine en France et nous garderons nos 1 200 employés. »";
        (string, string?)[] quotes = between.Length == 0
            ? [(French.Quotes[0].Text, "Nadia Roux"), (French.Quotes[1].Text, "Nadia Roux")]
            : [(French.Quotes[0].Text, "Nadia Roux"), ("Je suis sceptique", "Paul Girard"), (French.Quotes[1].Text, "Nadia Roux")];
        var parts = TwinArticle.Of("fr-parts", "fr", text, quotes,
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), Person("Nadia Roux"), Person("Paul Girard"), ("France", EntityType.Place, "France")],
            ("500 millions d’euros", 5e8), ("1 200", 1200));
        var whole = TwinArticle.Of(
            "en",
            "en",
            "Vantor expands in Lyon. \"We will invest €500m in our new research centre in Lyon, and we will close no plant in France and we will keep our 1,200 employees,\" Nadia Roux said.",
            [("We will invest €500m in our new research centre in Lyon, and we will close no plant in France and we will keep our 1,200 employees,", "Nadia Roux")],
            [Organisation("Vantor"), ("Lyon", EntityType.Place, "Lyon"), Person("Nadia Roux"), ("France", EntityType.Place, "France")],
            ("€500m", 5e8),
            ("1,200", 1200));

        var statements = StatementMatcher.Default.Match([parts, whole]);

        var statement = Assert.Single(statements, s => s.Versions.Any(v => v.Language == "en"));
        Assert.Equal(joined ? 3 : 2, statement.Versions.Count);
    }

    // Quotes of articles that name none of the same entities keep little of their score: they share words, not a topic.
    [Fact]
    public void QuotesOfArticlesSharingNoEntityKeepLittleOfTheirScore()
    {
        var quote = new Quote("x", 0, 1, QuoteKind.Direct, null, null);
        QuoteProfile Of(params string[] topic) => new("a", "en", quote, [], new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), null)
        {
            Topic = topic.ToHashSet(StringComparer.Ordinal),
        };

        Assert.Equal(QuoteSimilarity.NoAffinity, QuoteSimilarity.Affinity(Of("Vantor", "Lyon"), Of("Flinkr", "Madrid")));
        Assert.Equal(1, QuoteSimilarity.Affinity(Of("Vantor", "Lyon"), Of("Vantor", "Lyon", "France")));
        Assert.InRange(QuoteSimilarity.Affinity(Of("Vantor", "Lyon", "France", "Paris"), Of("Vantor", "Madrid", "Spain", "Seville")), QuoteSimilarity.NoAffinity, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("« »")]
    [InlineData("\"1 2 3 4 5 6 7 8 9\" ,,, «««")]
    [InlineData("a\u0301\u0301\u0301 ß ﬁ 東京 „x“")]
    public void OddQuotesNeverThrow(string text)
    {
        var article = new Article
        {
            Id = "odd",
            Source = "odd",
            Language = "und",
            Text = text,
            RawHash = "odd",
            Quotes = [new Quote(text, 0, text.Length, QuoteKind.Direct, null, null)],
        };

        var statements = StatementMatcher.Default.Match([article, article with { Id = "odd-2" }]);

        Assert.NotEmpty(statements);
    }
}
