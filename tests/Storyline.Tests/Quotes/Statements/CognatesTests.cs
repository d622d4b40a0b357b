using Storyline.Quotes.Statements;

namespace Storyline.Tests.Quotes.Statements;

/// <summary>Cognates across related languages from the letters alone, after folding (lower case, no accents).</summary>
public sealed class CognatesTests
{
    [Theory]
    [InlineData("expansion", "expansion")]
    [InlineData("europaischen", "europeenne")]
    [InlineData("ecosysteme", "okosystems")]
    [InlineData("precaution", "caution")]
    [InlineData("incident", "incidente")]
    [InlineData("institutions", "institutionen")]
    [InlineData("profondement", "profundamente")]
    [InlineData("flourishing", "florissant")]
    [InlineData("tech", "technologie")]
    public void RelatedWordsMatch(string a, string b)
    {
        Assert.True(Cognates.Match(a, b));
        Assert.True(Cognates.Match(b, a));
    }

    [Theory]
    [InlineData("argent", "largest")]
    [InlineData("every", "never")]
    [InlineData("stadt", "start")]
    [InlineData("parti", "participation")]
    [InlineData("tech", "team")]
    [InlineData("latence", "lancement")]
    public void LookalikesDoNot(string a, string b)
    {
        Assert.False(Cognates.Match(a, b));
        Assert.False(Cognates.Match(b, a));
    }

    [Theory]
    [InlineData("museum", "museo", true)]
    [InlineData("museum", "musee", true)]
    [InlineData("tribunal", "tribunale", true)]
    [InlineData("court", "courier", false)]
    [InlineData("museum", "musical", false)]
    public void ANounAndANameWordDifferingInTheirEndingAreOneStem(string noun, string word, bool stem)
    {
        Assert.Equal(stem, Cognates.NameStem(noun, word));
        Assert.Equal(stem, Cognates.NameStem(word, noun));
    }
}
