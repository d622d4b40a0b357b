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
    [InlineData("ANZEIGE: Jetzt Strom sparen – Solarmodule ab 399 Euro bei einem Händler Ihrer Wahl bestellen!", "advertising")]
    [InlineData("Publicidad | Fondos indexados sin comisiones de custodia durante el primer año para nuevos clientes.", "advertising")]
    [InlineData("Envie d’évasion ? Découvrez nos offres de location à la mer dès 19 € par jour, sans engagement.", "advertising")]
    [InlineData("(AFP)", "attribution")]
    [InlineData("Avec Reuters", "attribution")]
    [InlineData("(Reporting by Anna Keller in Berlin; Editing by Tom Reed and the weekend desk in London)", "attribution")]
    [InlineData("Par Hélène Vasseur — publié le 12/06/2025 à 16h40", "byline")]
    [InlineData("Von Redaktion Wirtschaft | 11.06.2025, 07:15 Uhr", "byline")]
    [InlineData("By Jane Smith", "byline")]
    [InlineData("Share this story: Facebook X LinkedIn Email", "share")]
    [InlineData("Get the Morning Brief in your inbox every weekday. Sign up here.", "newsletter")]
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
    [InlineData("Facebook annonce un rachat record")]
    [InlineData("Avec plus de 200 millions d’utilisateurs hebdomadaires, ChatGPT est le produit phare de l’entreprise.")]
    [InlineData("Par ailleurs, le gouvernement a confirmé la hausse des prix à partir de lundi, soit 200 trains par jour.")]
    [InlineData("Von Montag an gilt der neue Fahrplan, teilte die Bahn mit.")]
    [InlineData("Helvara hat ein Angebot von 6,6 Milliarden Euro vorgelegt; der Deal soll bis Jahresende abgeschlossen sein.")]
    [InlineData("AFP and Reuters both reported the figure on Tuesday, citing the ministry.")]
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
