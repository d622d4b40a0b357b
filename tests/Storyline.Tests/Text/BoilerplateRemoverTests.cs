using Storyline.Languages;
using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class BoilerplateRemoverTests
{
    private readonly BoilerplateRemover remover = new(LanguageResources.Embedded.AllBoilerplate());

    private static readonly string[] Body =
    [
        "Die Bahn hat am Montag neue Verbindungen zwischen Köln und Brüssel angekündigt.",
        "Der Konzern rechnet mit mehr als 2.000 zusätzlichen Fahrgästen pro Tag, sagte eine Sprecherin.",
    ];

    [Fact]
    public void NavigationTrailerWithOtherHeadlinesIsRemoved()
    {
        var result = remover.Remove([.. Body, "Zurück", "Zurück", "Lufthansa streicht Flüge nach Mailand", "Weiter", "Weiter", "Neue Tarife im Nahverkehr ab Januar"]);
        Assert.Equal(Body, result.Kept);
        Assert.Equal(6, result.Removed.Count);
        Assert.Contains(result.Removed, r => r.Reason == "related" && r.Text.StartsWith("Lufthansa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Read the original article: https://example.org/story/123")]
    [InlineData("Originally published on https://example.org, republished here")]
    [InlineData("Source : https://www.example.fr/economie/2025/03/article.html")]
    [InlineData("Read the orignal story at https://example.org/a")]
    public void AttributionTrailersAreRemoved(string trailer)
    {
        var result = remover.Remove([.. Body, trailer]);
        Assert.Equal(Body, result.Kept);
        Assert.Equal("attribution", Assert.Single(result.Removed).Reason);
    }

    [Theory]
    [InlineData("Lire aussi : La SNCF annonce une grève le 12 mars", "read-more")]
    [InlineData("LESEN SIE AUCH", "read-more")]
    [InlineData("Leer más: El Gobierno aprueba el presupuesto", "read-more")]
    [InlineData("Partager sur Facebook Twitter LinkedIn", "share")]
    [InlineData("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie")]
    [InlineData("Sign up for our newsletter to get the latest news in your inbox", "newsletter")]
    [InlineData("Anzeige", "advertising")]
    [InlineData("© 2025 Example Media. All rights reserved.", "copyright")]
    [InlineData("Photo: Jean Dupont / AFP", "caption")]
    public void CueLinesAreRemovedInAnyLanguage(string line, string reason)
    {
        var result = remover.Remove([Body[0], line, Body[1]]);
        Assert.Equal(Body, result.Kept);
        Assert.Equal(reason, Assert.Single(result.Removed).Reason);
    }

    [Fact]
    public void HeadlineAfterABareReadMoreCueIsRemoved()
    {
        var result = remover.Remove([Body[0], "À lire aussi", "Grève à la SNCF : le trafic perturbé jusqu'à jeudi", Body[1]]);
        Assert.Equal(Body, result.Kept);
    }

    [Theory]
    [InlineData("Die Werbung der Firma für das neue Modell hatte zuvor für Kritik gesorgt, sagte der Verband.")]
    [InlineData("Source: a spokesperson for the ministry, who asked not to be named because the talks were private, confirmed the figure.")]
    [InlineData("Fazit")]
    [InlineData("The company will share its results next week, according to a statement published on its website at https://example.org.")]
    public void ContentThatMentionsCueWordsIsKept(string line)
    {
        var result = remover.Remove([Body[0], line, Body[1]]);
        Assert.Equal([Body[0], line, Body[1]], result.Kept);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void EmptyInputIsFine() => Assert.Empty(remover.Remove([]).Kept);
}
