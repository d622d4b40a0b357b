using Storyline.Figures.Dates;

namespace Storyline.Tests.Figures.Dates;

/// <summary>
/// Real-looking news sentences per language; each expected item is "span=resolved" ("null" when unresolved). The
/// publication date is Tuesday 10 June 2025 unless a case says otherwise.
/// </summary>
public sealed class DateReaderTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 10, 9, 30, 0, TimeSpan.FromHours(2));

    internal static string[] Find(string language, string text, DateTimeOffset? published)
    {
        var matches = DateReader.For(language).Read(text, published);
        return matches.Select(m => $"{text.Substring(m.Start, m.Length)}={m.Resolved ?? "null"}").ToArray();
    }

    [Theory]
    [InlineData("fr", "La start-up lyonnaise a levé 180 millions d’euros le 10 juin 2025.", "10 juin 2025=2025-06-10")]
    [InlineData("fr", "Le bureau berlinois ouvrira le 1er juillet.", "1er juillet=2025-07-01")]
    [InlineData("fr", "Lumora a annoncé mardi 10 juin un rappel de ses boîtiers.", "mardi 10 juin=2025-06-10")]
    [InlineData("fr", "La grève a débuté en juin 2025 et touche Paris.", "juin 2025=2025-06")]
    [InlineData("de", "Die Finanzierungsrunde wurde am 10. Juni 2025 abgeschlossen.", "10. Juni 2025=2025-06-10")]
    [InlineData("de", "Das Büro soll am 3. März eröffnen.", "3. März=2025-03-03")]
    [InlineData("de", "Der Streik begann im Juni 2025 in Frankfurt.", "Juni 2025=2025-06")]
    [InlineData("de", "Die Bank informierte ihre Kunden am Dienstag, den 10. Juni, per E-Mail.", "Dienstag, den 10. Juni=2025-06-10")]
    [InlineData("en", "The Lyon start-up closed the round on 10 June 2025.", "10 June 2025=2025-06-10")]
    [InlineData("en", "The company said on June 10, 2025 that it would open an office.", "June 10, 2025=2025-06-10")]
    [InlineData("en", "Sales fell in June 2025, the company said.", "June 2025=2025-06")]
    [InlineData("en", "The recall began on Tuesday, June 10th.", "Tuesday, June 10th=2025-06-10")]
    [InlineData("en", "The office opens on the 1st of July 2025.", "1st of July 2025=2025-07-01")]
    [InlineData("en", "Prices were cut on 3 Sept. 2024 across Europe.", "3 Sept. 2024=2024-09-03")]
    [InlineData("fr", "L'assemblée générale est fixée au 5 févr. 2026.", "5 févr. 2026=2026-02-05")]
    [InlineData("de", "Der Vertrag läuft bis Dienstag, 30. September 2025.", "Dienstag, 30. September 2025=2025-09-30")]
    [InlineData("de", "Die Umfrage stammt vom 2. Maerz 2025.", "2. Maerz 2025=2025-03-02")]
    [InlineData("es", "La cumbre se celebró el 3 de julio de 2025 en Valencia.", "3 de julio de 2025=2025-07-03")]
    [InlineData("es", "El fichaje se cerró en julio de 2025.", "julio de 2025=2025-07")]
    [InlineData("it", "L'accordo è stato firmato il 30 giugno 2025 a Milano.", "30 giugno 2025=2025-06-30")]
    [InlineData("it", "L'operazione si chiuderà il 1° luglio.", "1° luglio=2025-07-01")]
    [InlineData("nl", "De transfer werd op 14 juli 2025 bevestigd.", "14 juli 2025=2025-07-14")]
    public void AbsoluteDates(string language, string text, string expected) =>
        Assert.Equal([expected], Find(language, text, Published));

    [Theory]
    [InlineData("fr", "Selon le communiqué daté du 2025-06-10, la levée est close.", "2025-06-10=2025-06-10")]
    [InlineData("fr", "Le contrat signé le 10/06/2025 prévoit une clause.", "10/06/2025=2025-06-10")]
    [InlineData("de", "Die Frist endet am 10.06.2025 um Mitternacht.", "10.06.2025=2025-06-10")]
    [InlineData("en", "The filing dated 06/15/2025 lists the contractor.", "06/15/2025=2025-06-15")]
    [InlineData("en", "The filing dated 03/04/2025 lists the contractor.", "03/04/2025=2025-04-03")]
    [InlineData("xx", "Vazhno: 10.06.2025 i 2025-06-11.", "10.06.2025=2025-06-10", "2025-06-11=2025-06-11")]
    public void DigitDates(string language, string text, params string[] expected) =>
        Assert.Equal(expected, Find(language, text, Published));

    [Theory]
    [InlineData("fr", "Les ventes ont reculé en avril, selon l’entreprise.", "avril=2025-04")]
    [InlineData("fr", "La livraison est prévue mi-juin à Berlin.", "juin=2025-06")]
    [InlineData("fr", "Les loyers de mars ont augmenté.", "mars=2025-03")]
    [InlineData("en", "Orders picked up in April, the firm said.", "April=2025-04")]
    [InlineData("de", "Die Zahlen für Mai lagen im April noch höher.", "April=2025-04")]
    [InlineData("de", "Im Mai hatte der Vorstand noch gezögert.", "Mai=2025-05")]
    [InlineData("en", "Shares have been volatile since May.", "May=2025-05")]
    [InlineData("es", "Las temperaturas subieron en agosto.", "agosto=2025-08")]
    public void MonthAloneTakesThePublicationYear(string language, string text, string expected) =>
        Assert.Equal([expected], Find(language, text, Published));

    [Theory]
    [InlineData("en", "Prices may rise again, analysts say.")]
    [InlineData("en", "Protesters march through the capital.")]
    [InlineData("en", "April Ryan asked the first question.")]
    [InlineData("fr", "La sonde a atteint Mars après sept mois.")]
    [InlineData("de", "Mai Nguyen leitet das Team in Hamburg.")]
    public void AmbiguousMonthWordsNeedContext(string language, string text) =>
        Assert.Empty(Find(language, text, Published));

    [Theory]
    [InlineData("en", "On May 5 the company cut its forecast.", "May 5=2025-05-05")]
    [InlineData("en", "The plant closed in May 2024 and may reopen.", "May 2024=2024-05")]
    [InlineData("de", "Die Messe findet vom 3. Mai bis Ende Mai statt.", "3. Mai=2025-05-03", "Mai=2025-05")]
    public void MayNextToADayYearOrCueIsADate(string language, string text, params string[] expected) =>
        Assert.Equal(expected, Find(language, text, Published));

    [Theory]
    [InlineData("fr", "La société, fondée en 2019, emploie 40 personnes.", "2019=2019")]
    [InlineData("fr", "Le site sera rentable d’ici 2027.", "2027=2027")]
    [InlineData("en", "The bank has been profitable since 2019.", "2019=2019")]
    [InlineData("en", "In 2024, revenue doubled.", "2024=2024")]
    [InlineData("de", "Im Jahr 2024 verdoppelte sich der Umsatz.", "2024=2024")]
    [InlineData("de", "Die Strecke soll Anfang 2026 wieder befahrbar sein.", "2026=2026")]
    [InlineData("de", "Das Start-up ist seit 2019 am Markt.", "2019=2019")]
    [InlineData("fr", "Les travaux reprendront mi-2026.", "2026=2026")]
    [InlineData("es", "La sequía se agrava desde 2023.", "2023=2023")]
    [InlineData("it", "Il gruppo è quotato dal 2016.", "2016=2016")]
    [InlineData("nl", "De club speelt sinds 2019 in de Eredivisie.", "2019=2019")]
    public void YearsAfterACue(string language, string text, string expected) =>
        Assert.Equal([expected], Find(language, text, Published));

    [Theory]
    [InlineData("en", "The firm has 2019 employees in Europe.")]
    [InlineData("fr", "Le groupe compte 2 000 salariés et 2019 clients.")]
    [InlineData("de", "Der Konzern beschäftigt 2025 Menschen.")]
    [InlineData("fr", "La population atteindra en 99999 un record.")]
    public void NumbersWithoutACueAreNotYears(string language, string text) =>
        Assert.Empty(Find(language, text, Published));
}
