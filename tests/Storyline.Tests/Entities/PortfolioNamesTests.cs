using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>A minister's portfolio is part of the title, no entity; a name the catalog knows stays.</summary>
public sealed class PortfolioNamesTests
{
    [Theory]
    [InlineData("es", "Según comentó la ministra de Educación, Lucia Okafor, la decisión no fue fácil.", "Educación")]
    [InlineData("fr", "Le ministre de l'Intérieur a parlé dimanche.", "Intérieur")]
    [InlineData("it", "Il ministro dell'Economia ha parlato ieri.", "Economia")]
    [InlineData("de", "Die Ministerin für Arbeit und Soziales stellte das Gesetz vor.", "Arbeit und Soziales")]
    [InlineData("es", "El ministro de la Presidencia viajó el lunes.", "Presidencia")]
    [InlineData("es", "La concejala de Medio Ambiente, Rosa Pérez, presentó el plan.", "Medio Ambiente")]
    [InlineData("es", "El conseller de Infraestructuras, Jordi Vidal, pidió calma.", "Infraestructuras")]
    public void APortfolioIsNoEntity(string language, string text, string portfolio) =>
        Assert.Empty(Drop(language, text, portfolio));

    [Theory]
    // Known to the catalog.
    [InlineData("fr", "Le ministre de l'Europe a parlé dimanche.", "Europe")]
    // Not a minister: "of" names the company.
    [InlineData("en", "The CEO of Kestrel met the press in Leeds.", "Kestrel")]
    public void OtherNamesStay(string language, string text, string name) =>
        Assert.Single(Drop(language, text, name));

    private static List<RawMention> Drop(string language, string text, string name)
    {
        var cues = EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, language));
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return PortfolioNames.Drop([new RawMention(start, start + name.Length, "LOC")], text, cues, n => NameCatalog.Embedded.Resolve(n, language) is not null);
    }
}
