using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class QuotedPassagesTests
{
    [Theory]
    [InlineData("Il a dit « bonjour à tous » hier.", "bonjour à tous")]
    [InlineData("Er sagte: „Wir kommen wieder“, und ging.", "Wir kommen wieder")]
    [InlineData("She said “we will be back” on Friday.", "we will be back")]
    [InlineData("He said \"not now\" twice.", "not now")]
    [InlineData("Sie sagte: »Wir bleiben«.", "Wir bleiben")]
    public void FindsTheQuotedText(string paragraph, string quoted)
    {
        var (start, length) = Assert.Single(QuotedPassages.Find(paragraph));
        Assert.Equal(quoted, paragraph.Substring(start, length));
    }

    [Theory]
    [InlineData("Il a dit « bonjour sans jamais fermer.")]
    [InlineData("L’entreprise n’a pas d’apostrophes comme guillemets.")]
    [InlineData("")]
    public void UnclosedOrAbsentQuotesYieldNothing(string paragraph) => Assert.Empty(QuotedPassages.Find(paragraph));

    [Fact]
    public void AForeignQuoteInsideAParagraphIsAForeignSpan()
    {
        var paragraphs = new[]
        {
            "Der Vorstandschef der Bank äußerte sich am Dienstag in Frankfurt ausführlich zu dem Datenleck bei einem Dienstleister.",
            "„We have contained the incident and are working closely with law enforcement“, sagte der Vorstandschef vor Journalisten in Frankfurt.",
        };
        var result = SharedLanguageIdentifier.Instance.IdentifyArticle(paragraphs);
        Assert.Equal("de", result.Main.Code);
        var span = Assert.Single(result.Foreign);
        Assert.Equal(("en", 1), (span.Code, span.Index));
        Assert.Equal("We have contained the incident and are working closely with law enforcement", paragraphs[1].Substring(span.Start, span.Length));
    }
}
