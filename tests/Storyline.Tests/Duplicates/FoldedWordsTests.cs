using Storyline.Duplicates;

namespace Storyline.Tests.Duplicates;

public sealed class FoldedWordsTests
{
    [Fact]
    public void CaseAccentsAndPunctuationDoNotChangeTheWords()
    {
        var a = FoldedWords.Of("Société Générale: «Élan» – 6,6 milliards!");
        var b = FoldedWords.Of("SOCIETE generale elan 6 6 MILLIARDS");

        Assert.Equal(a.Select(w => w.Hash), b.Select(w => w.Hash));
        Assert.Equal("societe", FoldedWords.Text("Société", a[0]));
    }

    [Fact]
    public void DigitsAndLettersAreSeparateWordsAndOffsetsPointIntoTheText()
    {
        const string text = "Series-C round of 180m";
        var words = FoldedWords.Of(text);

        Assert.Equal(["Series", "C", "round", "of", "180", "m"], words.Select(w => text.Substring(w.Start, w.Length)));
    }

    [Fact]
    public void AWordsTextFoldsCaseAndMarksAndCountsOnlyLettersTowardsItsCap()
    {
        // "Électricité" with its accents as combining marks (decomposed), then a long German word (ß folds to one s).
        const string text = "E\u0301lectricite\u0301 Straßenbahnhaltestelle";
        var words = FoldedWords.Of(text);

        Assert.Equal("electricite", FoldedWords.Text(text, words[0]));
        Assert.Equal("w:elect", FoldedWords.Text(text, words[0], "w:", 5));
        Assert.Equal("w:strasenbahnhaltestelle", FoldedWords.Text(text, words[1], "w:"));
        Assert.Equal("w:stra", FoldedWords.Text(text, words[1], "w:", 4));
    }

    [Fact]
    public void SentencesEndAtStopsBeforeCapitalsAndAtLineBreaks()
    {
        const string text = "It rose 4.5 percent. Analysts said \"Yes.\" Then\nNew line? no split here";
        var sentences = Sentences.Of(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["It rose 4.5 percent.", "Analysts said \"Yes.\"", "Then", "New line? no split here"], sentences);
    }

    [Theory]
    [InlineData("de", "Am 20. Juli 2025 eröffnete Kalvora das Werk. Dr. Jana Brück leitet es seit dem 1. März. Sie wird 60. Im Mai geht sie.",
        "Am 20. Juli 2025 eröffnete Kalvora das Werk.|Dr. Jana Brück leitet es seit dem 1. März.|Sie wird 60.|Im Mai geht sie.")]
    [InlineData("en", "Mr. Olsen met George W. Bush in Oslo. They spoke for 20 minutes.", "Mr. Olsen met George W. Bush in Oslo.|They spoke for 20 minutes.")]
    [InlineData("fr", "M. Lecornu a parlé. Il part.", "M. Lecornu a parlé.|Il part.")]
    [InlineData("en", "Jars sold between Jan. 3 and Feb. 14 were recalled. It cost $2m.", "Jars sold between Jan. 3 and Feb. 14 were recalled.|It cost $2m.")]
    public void InAKnownLanguageTitlesInitialsAndOrdinalDaysEndNoSentence(string language, string text, string expected)
    {
        var sentences = Sentences.Of(text, language).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(expected.Split('|'), sentences);
    }

    [Fact]
    public void ChineseAndJapaneseSentencesEndAtFullWidthStopsWithNoSpace()
    {
        const string text = "深圳一家工厂周二发生火灾。消防部门说：「没有人受伤。」工厂停产了吗？是的！";
        var sentences = Sentences.Of(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["深圳一家工厂周二发生火灾。", "消防部门说：「没有人受伤。」", "工厂停产了吗？", "是的！"], sentences);
    }
}
