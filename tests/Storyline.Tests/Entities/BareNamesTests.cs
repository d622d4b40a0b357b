using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Figures.Dates;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>
/// Where every noun has a capital, a name the tagger has never seen is told from a noun by how the article writes it:
/// bare, again and again, where a noun would take an article, a number or an adjective.
/// </summary>
public sealed class BareNamesTests
{
    private const string Strike =
        "Der Streik am Hafen geht in die zweite Woche. Nach Angaben der Gewerkschaft will Ankerfeld bis Freitag kein neues Angebot vorlegen. "
        + "Das sei mehr, als Ankerfeld im vergangenen Jahr verdient habe, hieß es. Die Beschäftigten fordern von Ankerfeld einen Inflationsausgleich.";

    [Fact]
    public void ACompanyTheArticleWritesBareIsFoundEachTimeAsAnOrganisation()
    {
        var entities = EntityRecognizer.Default.Recognize(Strike, "de");

        var company = Assert.Single(entities, e => e.Name == "Ankerfeld");
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Equal(3, company.Mentions.Count);
    }

    [Theory]
    [InlineData("Die Feuerwehr rückte am Morgen nach Ankerfeld aus. Dort standen mehrere Keller unter Wasser. Der Bürgermeister sagte, Ankerfeld habe so ein Hochwasser seit Jahrzehnten nicht erlebt.")]
    [InlineData("In der Nacht brannte eine Lagerhalle am Stadtrand. Die Ankerfelder Feuerwehr war mit 40 Kräften im Einsatz. Ankerfeld hat knapp 9.000 Einwohner. Der Bürgermeister von Ankerfeld dankte den Helfern.")]
    public void ABareNameTheArticlePlacesOrWhosePeopleItNamesIsAPlace(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Equal(EntityType.Place, Assert.Single(entities, e => e.Name == "Ankerfeld").Type);
    }

    [Fact]
    public void BareNamesListedAfterANounForPlacesArePlaces()
    {
        const string text = "Die Gemeinden Hirschau, Lindach und Talgraben sollen Ausgleichszahlungen erhalten. Zuvor hatte Hirschau das Projekt abgelehnt. "
            + "Auch Lindach stimmte dagegen, während Talgraben zustimmte.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.All(entities.Where(e => e.Name is "Hirschau" or "Lindach"), e => Assert.Equal(EntityType.Place, e.Type));
        Assert.Equal(2, entities.Count(e => e.Name is "Hirschau" or "Lindach"));
    }

    [Theory]
    [InlineData("Das Landgericht verurteilte den Angeklagten zu drei Jahren Haft. Die Verteidigung hatte Freispruch gefordert und kündigte an, gegen die Haft vorzugehen. Nach Auffassung der Richter war Freispruch nicht vertretbar.")]
    [InlineData("Der Hersteller meldete Rekordumsätze mit Wärmepumpen. Wärmepumpen seien inzwischen in jedem zweiten Neubau verbaut, sagte Vorstand Jens Albers. Auch Fernwärme gewinne an Bedeutung, Fernwärme allein reiche aber nicht aus.")]
    public void NounsWrittenBareStayWords(string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.All(entities, e => Assert.Equal(EntityType.Person, e.Type));
    }

    [Fact]
    public void OnlyAWordWrittenBareTwiceAndInsideASentenceLeans()
    {
        const string text = "Bis Montag will Ankerfeld prüfen, erst ab Montag sprach Ankerfeld mit dem Betriebsrat. Der Vorstand schweigt, ein Vorstand trat zurück. "
            + "Im Werk wartet man, das Werk steht still. Lager sind voll. Lager werden geräumt. Streik ist teuer, über den streik entscheidet der Rat. "
            + "Die Mitarbeiter hoffen auf 12 Prozent, die Gewerkschaft auf zehn Prozent.";

        Assert.Equal(["Ankerfeld"], Bare(text).Order());
    }

    private static IReadOnlySet<string> Bare(string text)
    {
        var resources = LanguageResources.Embedded;
        var cues = EntityCues.All(resources).WithOwnLanguage(EntityCues.For(resources, "de"));
        var calendar = DateWords.For(resources, "de");
        var tokens = new Tokenizer(cues.Elisions).Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens, cues.Abbreviations, Storyline.Text.SentenceStops.Of(cues.Abbreviations, calendar)).ToList();
        var lower = tokens.Select(t => t.Text).Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
        return BareNames.Find(tokens, sentences, cues, calendar, new Lazy<IReadOnlySet<string>>(() => lower));
    }
}
