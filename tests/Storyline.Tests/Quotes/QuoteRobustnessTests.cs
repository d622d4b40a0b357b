using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>Unbalanced, stray and absurd marks: no exception, spans in range, no quote running past its paragraph.</summary>
public sealed class QuoteRobustnessTests
{
    private static IReadOnlyList<Quote> Sane(string text, string language = "en")
    {
        var quotes = QuoteRecognizer.Default.Recognize(text, language, []);
        Assert.All(quotes, q =>
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.Start + q.Length, q.Start, text.Length);
            Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
        });
        return quotes;
    }

    [Theory]
    [InlineData("")]
    [InlineData("«")]
    [InlineData("»«")]
    [InlineData("\"")]
    [InlineData("“”‘’„‚«»‹›「」『』\"\"")]
    [InlineData("» Nous « avons » fini « ")]
    [InlineData("\"\"\" a b c \"\"\" d e f \"")]
    [InlineData("„„„ Wir sind da “““")]
    public void NothingBreaks(string text) => Sane(text);

    [Fact]
    public void AQuoteThatNeverClosesStopsAtTheEndOfItsParagraph()
    {
        var text = "Le ministre a lancé : « Nous ne reculerons pas devant la pression des marchés.\n\nLe texte sera voté mardi. Les syndicats appellent à la grève jeudi.";
        var quote = Assert.Single(Sane(text, "fr"));
        Assert.Equal("Nous ne reculerons pas devant la pression des marchés.", quote.Text);
    }

    [Fact]
    public void AStrayMarkDoesNotSwallowTheRestOfTheArticle()
    {
        var paragraph = "The board met on Monday and approved the plan without debate.";
        var text = "He called it “the worst deal ever\n" + string.Join("\n", Enumerable.Repeat(paragraph, 50)) + "\nThe end,” he said.";
        var quotes = Sane(text);
        Assert.All(quotes, q => Assert.DoesNotContain('\n', q.Text));
    }

    [Fact]
    public void AWholeArticleInMarks()
    {
        var text = "“The company has grown fast.\nIt now employs 2,000 people.\nWe are proud of it.”";
        var quotes = Sane(text);
        Assert.All(quotes, q => Assert.True(q.Length < 40, q.Text));
    }

    // "als" is a naming word ("bezeichnete den Plan als „…“"), but one that opens the sentence has nothing before it to
    // name with: it once read the token before the sentence's first.
    [Theory]
    [InlineData("Als Reaktion erklärte die Fraktion, sie nehme die Entscheidung „zur Kenntnis“.")]
    [InlineData("Als „Wendepunkt“ bezeichnete der Minister den Tag.")]
    public void ANamingWordOpeningTheSentence(string text) => Assert.Single(Sane(text, "de"));

    // A text cut before its subject, as a feed's excerpt is: its first word a reporting verb with nothing before it.
    [Theory]
    [InlineData("de", "schrieb „Die Zeit“ in einem Nachruf.")]
    [InlineData("de", "meldet, nachdem er auf den Radarschirmen nicht mehr zu sehen war.")]
    [InlineData("en", "said, after the vote had been counted twice.")]
    [InlineData("fr", "a déclaré, après le vote du conseil.")]
    public void AReportingVerbOpeningTheText(string language, string text) => Sane(text, language);

    [Fact]
    public void AStrayOpeningMarkGivesWayToTheRealQuote()
    {
        var quote = Assert.Single(Sane("He wrote “ in the memo. “We will appeal the ruling,” said the lawyer."));
        Assert.Equal("We will appeal the ruling,", quote.Text);
    }

    [Theory]
    [InlineData("fr", "L’entreprise d’Anne n’a pas voulu commenter l’affaire, qu’elle juge close.")]
    [InlineData("en", "Don’t say the company’s CEO isn’t ready; it’s the board’s call.")]
    public void ApostrophesAreNotMarks(string language, string text) => Assert.Empty(Sane(text, language));

    [Fact]
    public void AnApostropheInsideASingleQuote()
    {
        var quote = Assert.Single(Sane("‘We’re not selling, and that’s final,’ she said."));
        Assert.Equal("We’re not selling, and that’s final,", quote.Text);
    }

    // A plural's apostrophe before a word in lower case closes nothing when a closing mark follows in the paragraph; one
    // with none after it still closes the quote.
    [Theory]
    [InlineData("‘Who will decide about a building renovated with taxpayers’ money?’ asked Vervaet.", "Who will decide about a building renovated with taxpayers’ money?")]
    [InlineData("'Nobody asked the farmers' views,' she said.", "Nobody asked the farmers' views,")]
    [InlineData("‘We are ready to talk to the fans’ she said after the meeting.", "We are ready to talk to the fans")]
    public void APluralsApostropheInsideASingleQuote(string text, string quoted) => Assert.Equal(quoted, Assert.Single(Sane(text)).Text);

    [Fact]
    public void StraightQuotesPairInOrder()
    {
        var quotes = Sane("\"We will appeal,\" the lawyer said. \"The ruling is wrong in law.\"");
        Assert.Equal(["We will appeal,", "The ruling is wrong in law."], quotes.Select(q => q.Text));
    }

    [Fact]
    public void AMegabyteOfRandomMarksAndText()
    {
        var random = new Random(11);
        string[] pieces = ["«", "»", "„", "“", "”", "‘", "’", "‚", "\"", "'", " 's", "「", "」", "‹", "›", " ", " ", "\n", "\n\n", "a", "word", "l’", "Sam", ",", ".", ":", "said", "a déclaré"];
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        var text = builder.ToString();
        var entities = Of(text, Person("Sam"));
        foreach (var language in new[] { "en", "fr", "de" })
        {
            var quotes = QuoteRecognizer.Default.Recognize(text, language, entities);
            Assert.All(quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
        }
    }

    [Fact]
    public void RandomCharacters()
    {
        var random = new Random(3);
        var text = new string(Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0, 0x3100)).ToArray());
        Sane(text, "de");
    }

    // One sentence of 100,000 words without a full stop, thick with reporting verbs, conjunctions, source phrases,
    // subjunctives and marks: the indirect pass tries a bounded number of cues a sentence and stays linear.
    [Theory]
    [InlineData("en", "Sam said that the plan , according to Sam , “ works ” and that it had ")]
    [InlineData("fr", "Sam a déclaré que le plan , selon Sam , « marche » et que Sam a annoncé avoir ")]
    [InlineData("de", "Sam sagte , dass der Plan laut Sam „ funktioniere “ und dass es sei ")]
    public void AHundredThousandWordsOfReportedSpeechInOneSentence(string language, string piece)
    {
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 600_000)
        {
            builder.Append(piece);
        }

        var text = builder.ToString();
        var quotes = QuoteRecognizer.Default.Recognize(text, language, Of(text, Person("Sam")));
        Assert.All(quotes, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
    }
}
