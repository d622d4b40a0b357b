namespace Storyline.Tests.Figures.Dates;

/// <summary>Relative expressions and weekdays, resolved against Tuesday 10 June 2025, and unresolved without it.</summary>
public sealed class RelativeDateTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 10, 9, 30, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("fr", "Le ministre l’a confirmé hier à Lyon.", "hier=2025-06-09")]
    [InlineData("fr", "La direction s’exprimera aujourd’hui.", "aujourd’hui=2025-06-10")]
    [InlineData("fr", "La direction s'exprimera aujourd'hui.", "aujourd'hui=2025-06-10")]
    [InlineData("fr", "Les résultats seront publiés demain.", "demain=2025-06-11")]
    [InlineData("fr", "Les ventes ont chuté le mois dernier.", "le mois dernier=2025-05")]
    [InlineData("fr", "L’an dernier, la société perdait de l’argent.", "L’an dernier=2024")]
    [InlineData("fr", "La société vise l'année prochaine un chiffre doublé.", "l'année prochaine=2026")]
    [InlineData("fr", "Cette année, le salon attire plus de monde.", "Cette année=2025")]
    [InlineData("fr", "Le train a été annulé la semaine dernière.", "la semaine dernière=2025-W23")]
    [InlineData("de", "Der Vorstand hat gestern getagt.", "gestern=2025-06-09")]
    [InlineData("de", "Heute beginnt der Streik.", "Heute=2025-06-10")]
    [InlineData("de", "Die Bahn will morgen wieder fahren.", "morgen=2025-06-11")]
    [InlineData("de", "Der Zug fiel heute Morgen aus.", "heute Morgen=2025-06-10")]
    [InlineData("de", "Die Einigung soll noch in diesem Jahr kommen.", "noch in diesem Jahr=2025")]
    [InlineData("de", "Im vergangenen Jahr sank der Gewinn.", "Im vergangenen Jahr=2024")]
    [InlineData("de", "Letztes Jahr gab es keinen Streik.", "Letztes Jahr=2024")]
    [InlineData("de", "Die Gewerkschaft streikte vergangene Woche.", "vergangene Woche=2025-W23")]
    [InlineData("en", "The union said yesterday it would strike.", "yesterday=2025-06-09")]
    [InlineData("en", "Talks resume next year.", "next year=2026")]
    [InlineData("en", "Revenue rose last month.", "last month=2025-05")]
    [InlineData("en", "The deal closes this week.", "this week=2025-W24")]
    [InlineData("en", "Trains were cancelled last week.", "last week=2025-W23")]
    [InlineData("en", "Drivers will walk out tomorrow.", "tomorrow=2025-06-11")]
    [InlineData("de", "In diesem Jahr fällt der Bonus aus.", "In diesem Jahr=2025")]
    [InlineData("de", "Die Messe beginnt übermorgen.", "übermorgen=2025-06-12")]
    [InlineData("fr", "Le tribunal a tranché avant-hier.", "avant-hier=2025-06-08")]
    [InlineData("es", "El Gobierno lo anunció ayer.", "ayer=2025-06-09")]
    [InlineData("es", "El fondo se creó el año pasado.", "el año pasado=2024")]
    [InlineData("it", "L'accordo è stato firmato ieri.", "ieri=2025-06-09")]
    [InlineData("nl", "De club maakte vandaag de transfer bekend.", "vandaag=2025-06-10")]
    public void RelativeExpressions(string language, string text, string expected) =>
        Assert.Equal([expected], DateReaderTests.Find(language, text, Published));

    [Theory]
    [InlineData("fr", "Lumora a annoncé mardi un rappel.", "mardi=2025-06-10")]
    [InlineData("fr", "Lumora avait prévenu lundi ses clients.", "lundi=2025-06-09")]
    [InlineData("fr", "Le conseil s’est réuni mercredi.", "mercredi=2025-06-04")]
    [InlineData("en", "The company said on Thursday that it would appeal.", "Thursday=2025-06-05")]
    [InlineData("de", "Am Dienstag legten die Lokführer die Arbeit nieder.", "Dienstag=2025-06-10")]
    [InlineData("de", "Das Gespräch fand vergangenen Dienstag statt.", "vergangenen Dienstag=2025-06-03")]
    [InlineData("fr", "Le vote aura lieu lundi prochain.", "lundi prochain=2025-06-16")]
    [InlineData("en", "The vote is next Tuesday.", "next Tuesday=2025-06-17")]
    [InlineData("es", "El acuerdo se firmó el martes pasado.", "martes pasado=2025-06-03")]
    [InlineData("nl", "Verbruggen tekende op dinsdag zijn contract.", "dinsdag=2025-06-10")]
    public void WeekdaysAreTheMostRecentSuchDay(string language, string text, string expected) =>
        Assert.Equal([expected], DateReaderTests.Find(language, text, Published));

    [Theory]
    [InlineData("fr", "Le ministre l’a confirmé hier, mardi.", "hier=null", "mardi=null")]
    [InlineData("de", "Im vergangenen Jahr und im Mai sank der Gewinn.", "Im vergangenen Jahr=null", "Mai=null")]
    [InlineData("en", "Orders rose in April and on 3 July.", "April=null", "3 July=null")]
    [InlineData("en", "Orders rose in June 2025.", "June 2025=2025-06")]
    public void WithoutAPublicationDateRelativeDatesAreUnresolved(string language, string text, params string[] expected) =>
        Assert.Equal(expected, DateReaderTests.Find(language, text, null));

    [Fact]
    public void RelativeMatchesSaySo()
    {
        var reader = Storyline.Figures.Dates.DateReader.For("fr");
        Assert.True(Assert.Single(reader.Read("hier", null)).Relative);
        Assert.False(Assert.Single(reader.Read("le 10 juin 2025", null)).Relative);
    }
}
