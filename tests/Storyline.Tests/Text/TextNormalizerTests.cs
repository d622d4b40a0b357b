using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer normalizer = new();

    [Theory]
    [InlineData("6,6\u00A0milliards", "6,6 milliards")]
    [InlineData("prix\u202F: 5\u2009€", "prix : 5 €")]
    [InlineData("Kommu\u00ADnikation", "Kommunikation")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("Caf\u0065\u0301", "Café")]
    [InlineData("AT&amp;T &lt;b&gt; &#8364;5 &eacute;t&eacute;", "AT&T <b> €5 été")]
    [InlineData("l\u00E2\u20AC\u2122\u00C3\u00A9t\u00C3\u00A9", "l’été")]
    [InlineData("  many    spaces\t\there  ", "many spaces here")]
    public void NormalisesCharacters(string input, string expected) => Assert.Equal(expected, normalizer.Normalize(input).Trim());

    [Fact]
    public void SplitsParagraphsOnBlankLinesAndOnEachSentenceLine()
    {
        var text = "Titre de l'article\n\nPremier paragraphe.\nDeuxième paragraphe.\r\n\r\n- Londres,\n- Dublin.";
        Assert.Equal(["Titre de l'article", "Premier paragraphe.", "Deuxième paragraphe.", "- Londres,", "- Dublin."], normalizer.Paragraphs(text));
    }

    [Fact]
    public void JoinsHardWrappedLines()
    {
        var text = "The company said on Tuesday that it would open\nan office in Paris later this year.\n\nNext paragraph.";
        Assert.Equal(["The company said on Tuesday that it would open an office in Paris later this year.", "Next paragraph."], normalizer.Paragraphs(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\r\n  \t")]
    [InlineData("\u00AD\u200B")]
    public void EmptyInputGivesNoParagraphs(string text) => Assert.Empty(normalizer.Paragraphs(text));
}
