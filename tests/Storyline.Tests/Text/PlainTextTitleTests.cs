namespace Storyline.Tests.Text;

/// <summary>A plain-text article's first line is its title when it reads like one.</summary>
public sealed class PlainTextTitleTests
{
    [Theory]
    [InlineData("Harwick Foods recalls 40,000 jars of baby food in the U.S.", true)]
    [InlineData("Harwick Foods recalls 40,000 jars of baby food", true)]
    [InlineData("Harwick Foods is recalling 40,000 jars of baby food.", false)]
    public void AFirstLineEndingInInitialsIsATitle(string firstLine, bool title)
    {
        var text = firstLine + "\n\nHarwick Foods said on Tuesday it was recalling 40,000 jars sold in the United States and Canada.";
        var article = SharedPipeline.Create().Analyze(new RawDocument("a.txt", ContentKind.Text, text, ""), "a");

        Assert.Equal(title ? firstLine : null, article.Title);
    }
}
