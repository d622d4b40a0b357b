using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class LanguageIdentifierTests
{
    private static LanguageIdentifier Identifier => SharedLanguageIdentifier.Instance;

    [Theory]
    [InlineData("en", "The city council approved the new budget on Tuesday after a long debate. Critics say the plan does too little for public transport.")]
    [InlineData("fr", "Le conseil municipal a adopté mardi le nouveau budget après un long débat. Les critiques estiment que le plan fait trop peu pour les transports publics.")]
    [InlineData("de", "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen. Kritiker meinen, der Plan tue zu wenig für den Nahverkehr.")]
    [InlineData("es", "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate. Los críticos dicen que el plan hace muy poco por el transporte público.")]
    [InlineData("it", "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito. I critici sostengono che il piano faccia troppo poco per i trasporti.")]
    [InlineData("pt", "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate. Os críticos dizem que o plano faz muito pouco pelos transportes públicos.")]
    [InlineData("nl", "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd. Critici zeggen dat het plan te weinig doet voor het openbaar vervoer.")]
    [InlineData("pl", "Rada miejska przyjęła we wtorek nowy budżet po długiej debacie. Krytycy twierdzą, że plan robi zbyt mało dla transportu publicznego.")]
    [InlineData("ru", "Городской совет во вторник после долгих дебатов утвердил новый бюджет. Критики говорят, что план слишком мало делает для общественного транспорта.")]
    [InlineData("uk", "Міська рада у вівторок після тривалих дебатів ухвалила новий бюджет. Критики кажуть, що план робить занадто мало для громадського транспорту.")]
    [InlineData("tr", "Belediye meclisi salı günü uzun bir tartışmanın ardından yeni bütçeyi onayladı. Eleştirmenler planın toplu taşıma için çok az şey yaptığını söylüyor.")]
    [InlineData("ar", "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل. ويقول المنتقدون إن الخطة لا تفعل سوى القليل للنقل العام.")]
    [InlineData("zh", "市议会周二经过长时间辩论后批准了新的预算。批评者说，该计划对公共交通的投入太少。")]
    [InlineData("ja", "市議会は火曜日、長い議論の末に新しい予算を承認した。批判的な人々は、この計画が公共交通のためにほとんど何もしていないと言う。")]
    [InlineData("sv", "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt. Kritiker menar att planen gör alldeles för lite för kollektivtrafiken.")]
    [InlineData("cs", "Městské zastupitelstvo v úterý po dlouhé debatě schválilo nový rozpočet. Kritici tvrdí, že plán dělá pro veřejnou dopravu příliš málo.")]
    [InlineData("el", "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά συζήτηση. Οι επικριτές λένε ότι το σχέδιο κάνει πολύ λίγα για τις δημόσιες συγκοινωνίες.")]
    [InlineData("fi", "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen. Arvostelijoiden mukaan suunnitelma tekee liian vähän joukkoliikenteen hyväksi.")]
    public void IdentifiesTwoSentenceParagraphs(string expected, string text)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal(expected, guess.Code);
        Assert.InRange(guess.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("12 345 678,90 — 2024-05-01 13:45")]
    [InlineData("😀🎉👍🏽🔥")]
    [InlineData("!!! ??? ... ---")]
    [InlineData("ok")]
    public void TextWithoutEnoughLettersIsUndetermined(string text)
    {
        var guess = Identifier.Identify(text);

        Assert.Equal(LanguageGuess.UndeterminedCode, guess.Code);
        Assert.Equal(0, guess.Confidence);
    }

    [Fact]
    public void VeryLongInputIsIdentified()
    {
        const string Sentence = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, (1 << 20) / Sentence.Length + 1));

        Assert.Equal("de", Identifier.Identify(text).Code);
        Assert.Equal("de", Identifier.IdentifyArticle([text, text]).Main.Code);
    }

    [Fact]
    public void BrokenUtf16NeverThrows()
    {
        var text = "Le gouvernement a présenté \uD800 un projet de loi \uDC00 sur les retraites, débattu en juin.";

        Assert.Equal("fr", Identifier.Identify(text).Code);
    }

    [Fact]
    public void ReportsAnEnglishQuoteInsideAGermanArticle()
    {
        string[] paragraphs =
        [
            "Berlin (dpa)",
            "Die Bundesregierung will die Regeln für künstliche Intelligenz verschärfen. Nach einem Treffen mit Vertretern der "
                + "Industrie sagte die Ministerin am Donnerstag, man werde noch in diesem Jahr einen Gesetzentwurf vorlegen.",
            "Der amerikanische Konzernchef äußerte sich in einer Videobotschaft skeptisch:",
            "\"We believe that regulation should follow innovation, not the other way around. Europe risks falling behind if it "
                + "keeps adding new rules every year.\"",
            "Die Opposition begrüßte dagegen die Pläne. Es sei höchste Zeit, dass die Politik handle, sagte ein Sprecher der "
                + "Grünen im Bundestag. Die Verbände kündigten Stellungnahmen an.",
        ];

        var result = Identifier.IdentifyArticle(paragraphs);

        Assert.Equal("de", result.Main.Code);
        var foreign = Assert.Single(result.Foreign);
        Assert.Equal(3, foreign.Index);
        Assert.Equal("en", foreign.Code);
        Assert.InRange(foreign.Confidence, 0.7, 1.0);
    }

    [Fact]
    public void ShortParagraphsInheritTheMainLanguage()
    {
        string[] paragraphs =
        [
            "Le Premier ministre a annoncé lundi une réforme de l'assurance chômage, qui entrera en vigueur au printemps prochain.",
            "Thank you very much.",
            "Les syndicats ont aussitôt appelé à une journée de mobilisation nationale à la fin du mois.",
        ];

        var result = Identifier.IdentifyArticle(paragraphs);

        Assert.Equal("fr", result.Main.Code);
        Assert.Empty(result.Foreign);
    }

    [Fact]
    public void DeclaredLanguageWinsWhenTheTextIsAmbiguous()
    {
        // Too few letters to decide: the page's declared language is all there is.
        var result = Identifier.IdentifyArticle(["Ok!", "12:30", "Rio 2016"], declared: "pt-BR");

        Assert.Equal("pt", result.Main.Code);
    }

    [Fact]
    public void DeclaredLanguageLosesAgainstClearText()
    {
        string[] paragraphs =
        [
            "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. "
                + "Der Bundestag soll noch vor der Sommerpause darüber abstimmen.",
        ];

        var result = Identifier.IdentifyArticle(paragraphs, declared: "en");

        Assert.Equal("de", result.Main.Code);
        Assert.True(result.Main.Confidence > 0.8);
    }

    [Fact]
    public void EmptyArticleIsUndetermined()
    {
        var result = Identifier.IdentifyArticle([]);

        Assert.True(result.Main.IsUndetermined);
        Assert.Empty(result.Foreign);
    }

    [Fact]
    public void IsThreadSafe()
    {
        string[] texts =
        [
            "Le conseil municipal a adopté mardi le nouveau budget après un long débat.",
            "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate.",
            "O governo anunciou ontem novas medidas para conter a inflação no país.",
            "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.",
        ];
        string[] expected = ["fr", "es", "pt", "de"];

        Parallel.For(0, 400, i => Assert.Equal(expected[i % 4], Identifier.Identify(texts[i % 4]).Code));
    }
}
