using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

public sealed class SentenceSplitterTests
{
    private static readonly Tokenizer Tokenizer = new(EntityCues.All(LanguageResources.Embedded).Elisions);

    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[tokens[s.Start].Start..tokens[s.End - 1].End]).ToArray();
    }

    [Fact]
    public void CutsAfterFinalPunctuationBeforeACapitalAndAtLineBreaks() =>
        Assert.Equal(
            ["Die Bahn streikt.", "Am Montag fahren keine Züge!", "Is it over?", "« Non », dit-il", "Next line"],
            Sentences("Die Bahn streikt. Am Montag fahren keine Züge! Is it over? « Non », dit-il\nNext line"));

    [Fact]
    public void AQuoteThatEndsItsSentenceInsideTheMarksEndsItForTheTextToo() =>
        Assert.Equal(
            ["Hij zei: ‘Die grens is nu bereikt.’", "Volgens Bakhuizen wil de maatschappij praten."],
            Sentences("Hij zei: ‘Die grens is nu bereikt.’ Volgens Bakhuizen wil de maatschappij praten."));

    // "& Co." abbreviates "and company" before a legal form; at the end of a name it still ends its sentence.
    [Fact]
    public void TheFullStopOfAndCoBeforeALegalFormEndsNoSentence() =>
        Assert.Equal(
            ["Sie übernimmt die Berger Pumpen GmbH & Co. KG.", "Der Preis bleibt geheim."],
            Sentences("Sie übernimmt die Berger Pumpen GmbH & Co. KG. Der Preis bleibt geheim."));

    [Fact]
    public void DoesNotCutBeforeALowerCaseWord() =>
        Assert.Single(Sentences("It grew 4.5 per cent. in the year, said the firm."));

    [Theory]
    [InlineData("en", "The senator spoke. Dr. Hargreaves believes the plan works.", "Dr. Hargreaves believes the plan works.")]
    [InlineData("fr", "Le ministre a parlé. M. Lecornu a déclaré que le budget était prêt.", "M. Lecornu a déclaré que le budget était prêt.")]
    public void TheFullStopOfAnAbbreviatedTitleEndsNoSentence(string language, string text, string second)
    {
        var tokens = Tokenizer.Tokenize(text);
        var abbreviations = EntityCues.For(LanguageResources.Embedded, language).Abbreviations;

        var sentences = SentenceSplitter.Split(text, tokens, abbreviations).Select(s => text[tokens[s.Start].Start..tokens[s.End - 1].End]).ToArray();

        Assert.Equal(2, sentences.Length);
        Assert.Equal(second, sentences[1]);
    }

    [Fact]
    public void AnOrdinalDayBeforeAMonthEndsNoSentenceWhereTheLanguageIsKnown()
    {
        const string text = "Er wird 60. Am 20. Juli 1990 flog er nach Oslo.";
        var tokens = Tokenizer.Tokenize(text);
        var cues = EntityCues.For(LanguageResources.Embedded, "de");
        var stops = Storyline.Text.SentenceStops.Of(cues.Abbreviations, Storyline.Figures.Dates.DateWords.For(LanguageResources.Embedded, "de"));

        var sentences = SentenceSplitter.Split(text, tokens, cues.Abbreviations, stops).Select(s => text[tokens[s.Start].Start..tokens[s.End - 1].End]).ToArray();

        Assert.Equal(["Er wird 60.", "Am 20. Juli 1990 flog er nach Oslo."], sentences);
    }

    [Fact]
    public void TextWithoutPunctuationIsCutIntoBoundedSentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 10_000));
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.Equal(10_000 / SentenceSplitter.MaxTokens, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.End - s.Start <= SentenceSplitter.MaxTokens));
    }
}
