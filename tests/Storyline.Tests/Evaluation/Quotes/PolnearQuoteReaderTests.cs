using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>The PolNeAR reader on brat files written here: direct when marks enclose the content, sources as speakers, one annotator a text.</summary>
public sealed class PolnearQuoteReaderTests
{
    // 0         1         2         3         4         5         6         7         8
    // 012345678901234567890123456789012345678901234567890123456789012345678901234567890123
    private const string Text = "Mayor Jane Doe said the budget was balanced. “We will not raise taxes,” she said.\n";

    private const string Annotations =
        "T1\tSource 0 14\tMayor Jane Doe\nT2\tCue 15 19\tsaid\nT3\tContent 20 43\tthe budget was balanced\n" +
        "T4\tAttribution 15 19\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tContent 45 71\t“We will not raise taxes,”\nT6\tSource 72 75\tshe\nT7\tCue 76 80\tsaid\n" +
        "T8\tAttribution 76 80\tsaid\nE2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n";

    [Fact]
    public void ContentInsideMarksIsDirectAndAPronounSourceIsTheNamedOneBefore()
    {
        using var folder = new TempFolder();
        Write(folder, "dev");
        var article = Assert.Single(QuoteGold.Read(folder.Path, QuoteSplit.Dev));
        Assert.Equal("en", article.Language);
        Assert.Equal(["the budget was balanced", "We will not raise taxes,"], article.Quotes.Select(q => q.Text));
        Assert.Equal([QuoteKind.Indirect, QuoteKind.Direct], article.Quotes.Select(q => q.Kind));
        Assert.Equal(["Mayor Jane Doe", "Mayor Jane Doe"], article.Quotes.Select(q => q.Speaker));
        Assert.Equal(["Mayor Jane Doe", "she"], article.Quotes.Select(q => Assert.Single(q.SpeakerSpans).In(Text)));
    }

    [Fact]
    public void TheSplitPicksItsFolderAndASecondAnnotatorIsIgnored()
    {
        using var folder = new TempFolder();
        Write(folder, "dev");
        Write(folder, "test");
        folder.Write("data/test/attributions/budget_zz99.ann", "T1\tContent 0 5\tMayor\nE1\tAttribution-no-source:T1 Content:T1\n");
        Assert.Single(QuoteGold.Read(folder.Path, QuoteSplit.Test));
        Assert.Equal(2, QuoteGold.Read(folder.Path).Count());
        Assert.Equal(2, QuoteGold.Read(Path.Combine(folder.Path, "data", "test"), null).Single().Quotes.Count);
    }

    [Fact]
    public void ASourceThatIsAVerbAndACueThatIsANameAreReadTheRightWayRound()
    {
        // 0         1         2         3         4         5         6
        // 0123456789012345678901234567890123456789012345678901234567890123
        const string text = "“We will win,” said David Plouffe, a campaign veteran.\n";
        const string swapped =
            "T1\tContent 0 14\t“We will win,”\nT2\tSource 15 19\tsaid\nT3\tCue 20 33\tDavid Plouffe\n" +
            "E1\tAttribution:T2 Content:T1 Cue:T3 Source:T2\n";
        using var folder = new TempFolder();
        folder.Write("data/dev/text/win.txt", text);
        folder.Write("data/dev/attributions/win_ab12.ann", swapped);

        var quote = Assert.Single(Assert.Single(QuoteGold.Read(folder.Path, QuoteSplit.Dev)).Quotes);

        Assert.Equal("David Plouffe", quote.Speaker);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("David Plouffe", Assert.Single(quote.SpeakerSpans).In(text));
    }

    [Fact]
    public void WordsThatDoNotMatchTheTextAreAnError()
    {
        using var folder = new TempFolder();
        folder.Write("data/dev/text/budget.txt", Text);
        folder.Write("data/dev/attributions/budget_ab12.ann", "T1\tSource 0 14\tMayor John Doe\n");
        Assert.Throws<InvalidDataException>(() => QuoteGold.Read(folder.Path).ToList());
    }

    private static void Write(TempFolder folder, string split)
    {
        folder.Write($"data/{split}/text/budget.txt", Text);
        folder.Write($"data/{split}/attributions/budget_ab12.ann", Annotations);
    }
}
