using Storyline.Entities;
using Storyline.Figures;
using static Storyline.Tests.Figures.FigureTestNames;

namespace Storyline.Tests.Figures;

/// <summary>The figure stage on sentences written for these tests, one rule each; entities come from the entity stage as in ingest.</summary>
public sealed class FigureRecognizerTests
{
    private static IReadOnlyList<Figure> Read(string text, string language, DateTimeOffset? published = null) =>
        FigureRecognizer.Default.Recognize(text, language, EntityRecognizer.Default.Recognize(text, language), published);

    [Theory]
    [InlineData("Le groupe Vantor a levé 6,6 milliards de dollars auprès de ses investisseurs.", "fr", "6,6 milliards de dollars", 6.6e9, "USD")]
    [InlineData("Vantor hat 6,5 Milliarden US-Dollar eingesammelt, teilte das Unternehmen mit.", "de", "6,5 Milliarden US-Dollar", 6.5e9, "USD")]
    [InlineData("Vantor raised $6.6bn from investors last week.", "en", "$6.6bn", 6.6e9, "USD")]
    [InlineData("La start-up a bouclé un tour de 180 millions d’euros.", "fr", "180 millions d’euros", 1.8e8, "EUR")]
    [InlineData("Der Umsatz stieg auf 1,2 Mrd. Euro.", "de", "1,2 Mrd. Euro", 1.2e9, "EUR")]
    [InlineData("The club paid €35m for the striker.", "en", "€35m", 3.5e7, "EUR")]
    [InlineData("Le Conseil d’État a infligé une amende de 10 000 euros à la commune.", "fr", "10 000 euros", 1e4, "EUR")]
    public void MoneyIsReadWithItsScaleAndCurrencyInEachLocale(string text, string language, string written, double value, string currency)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(currency, figure.Unit);
        Assert.Equal(written, text.Substring(figure.Start, figure.Length));
    }

    [Theory]
    [InlineData("The company has 1,800 employees in four countries.", "en", "1,800", 1800, "employees")]
    [InlineData("Das Start-up beschäftigt 10.000 Mitarbeiter in Europa.", "de", "10.000", 10000, "employees")]
    [InlineData("L’application compte 200 millions d’utilisateurs hebdomadaires.", "fr", "200 millions", 2e8, "users")]
    [InlineData("La ville a accueilli 307.000 visiteurs cet été, dont 22 délégations.", "fr", "22", 22, "delegations")]
    public void CountsReadTheCountedNounInEnglish(string text, string language, string written, double value, string unit)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Les prix ont augmenté de 12,5 % en un an.", "fr", "12,5 %", 12.5)]
    [InlineData("Die Gewerkschaft fordert 8,5 Prozent mehr Lohn.", "de", "8,5 Prozent", 8.5)]
    [InlineData("Shares fell 24.8% on Monday.", "en", "24.8%", 24.8)]
    public void PercentagesKeepTheNumberAsWritten(string text, string language, string written, double value)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Percent, figure.Kind);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal("percent", figure.Unit);
    }

    [Theory]
    [InlineData("Le chantier a duré 18 mois.", "fr", "18 mois", 18, "months")]
    [InlineData("Die Fahrer streiken 48 Stunden lang.", "de", "48 Stunden", 48, "hours")]
    [InlineData("The union called a 48-hour strike.", "en", "48-hour", 48, "hours")]
    public void DurationsCarryTheirTimeUnit(string text, string language, string written, double value, string unit)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Duration, figure.Kind);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Vantor vaut désormais plus de 150 milliards de dollars.", "fr", "150 milliards de dollars", Qualifier.AtLeast)]
    [InlineData("Vantor hat fast sechs Milliarden Euro gesammelt.", "de", "sechs Milliarden Euro", Qualifier.Approx)]
    [InlineData("Vantor hat rund 6 Milliarden Euro gesammelt.", "de", "6 Milliarden Euro", Qualifier.Approx)]
    [InlineData("The fine could reach up to €5m.", "en", "€5m", Qualifier.AtMost)]
    [InlineData("Vantor plans to raise $2bn next year.", "en", "$2bn", Qualifier.Planned)]
    [InlineData("Berichten zufolge plant Vantor, in einer Runde 6,5 Milliarden US-Dollar zu sammeln.", "de", "6,5 Milliarden US-Dollar", Qualifier.Planned)]
    [InlineData("Vantor a levé 6,6 milliards de dollars.", "fr", "6,6 milliards de dollars", Qualifier.Exact)]
    public void QualifiersComeFromTheWordsBefore(string text, string language, string written, Qualifier qualifier) =>
        Assert.Equal(qualifier, Find(Read(text, language), written).Qualifier);

    [Fact]
    public void APlanDoesNotReachPastTheFigureItIsAbout()
    {
        var figures = Read("Berichten zufolge plant Vantor, 6,5 Milliarden US-Dollar zu sammeln, was einer Bewertung von 150 Milliarden US-Dollar entsprechen würde.", "de");
        Assert.Equal(Qualifier.Planned, Find(figures, "6,5 Milliarden US-Dollar").Qualifier);
        Assert.Equal(Qualifier.Exact, Find(figures, "150 Milliarden US-Dollar").Qualifier);
    }

    [Fact]
    public void OverBeforeADurationIsNoBound() =>
        Assert.Equal(Qualifier.Exact, Find(Read("Prices rose over 12 months.", "en"), "12 months").Qualifier);

    [Fact]
    public void AttributesComeFromTheNearestWordThatFitsTheKind()
    {
        var figures = ReadWithNames("Last month, OpenAI announced that it had raised $6.6bn in fresh funding at a $157bn valuation.", "en", ("OpenAI", EntityType.Organisation));
        Assert.Equal("funding", Find(figures, "$6.6bn").Attribute);
        Assert.Equal("valuation", Find(figures, "$157bn").Attribute);
        Assert.Equal("OpenAI", Find(figures, "$6.6bn").Subject);
        Assert.Equal("OpenAI", Find(figures, "$157bn").Subject);
    }

    // A word after a comma that follows the figure belongs to what it is compared with, not to the figure.
    [Theory]
    [InlineData("it", "Il titolo Vantresi ha chiuso la seduta in rialzo del 24,8% a 37,12 euro, vicino al prezzo dell’offerta.", "37,12 euro")]
    [InlineData("en", "Vantresi shares closed at 37.12 euros, close to the offer price.", "37.12 euros")]
    public void AnAttributeWordBeyondACommaAfterTheFigureIsNotItsOwn(string language, string text, string figure) =>
        Assert.Equal("share price", Find(ReadWithNames(text, language, ("Vantresi", EntityType.Organisation)), figure).Attribute);

    [Fact]
    public void TheSubjectIsNoComplement()
    {
        var text = "Mistral AI a été fondée par d’anciens ingénieurs de Meta et Google et a depuis levé près de 6 milliards d’euros.";
        var figure = Find(ReadWithNames(text, "fr", ("Mistral AI", EntityType.Organisation), ("Meta", EntityType.Organisation), ("Google", EntityType.Organisation)), "6 milliards d’euros");
        Assert.Equal("Mistral AI", figure.Subject);
        Assert.Equal("funding", figure.Attribute);
    }

    [Theory]
    [InlineData("By comparison, Kestrel Research found that 32 of the 105 employees working at Lumora are engineers.", "en", "105")]
    [InlineData("Laut Kestrel Research arbeiten 1.200 Mitarbeiter bei Lumora in der Forschung.", "de", "1.200")]
    [InlineData("Selon Kestrel Research, 300 salariés chez Lumora travaillent sur la recherche.", "fr", "300")]
    public void ACountOfPeopleAtAnOrganisationIsItsWhoeverIsNamedFirst(string text, string language, string count)
    {
        var figure = Find(ReadWithNames(text, language, ("Kestrel Research", EntityType.Organisation), ("Lumora", EntityType.Organisation)), count);
        Assert.Equal("Lumora", figure.Subject);
    }

    [Fact]
    public void TheCompanyRefersToTheOrganisationNamedBefore()
    {
        var text = "OpenAI opened an office in Paris on Monday. The company has 1,800 employees.";
        var figure = Find(ReadWithNames(text, "en", ("OpenAI", EntityType.Organisation), ("Paris", EntityType.Place)), "1,800");
        Assert.Equal("OpenAI", figure.Subject);
        Assert.Equal("employees", figure.Attribute);
    }

    [Theory]
    [InlineData("Le rendez-vous est fixé à 8h30 à la mairie.", "fr")]
    [InlineData("Die Sitzung beginnt um 14:30 im Rathaus.", "de")]
    [InlineData("Der Zug fährt um 8.30 Uhr ab.", "de")]
    [InlineData("Les manifestants se sont réunis à 18 heures place de la République.", "fr")]
    public void TimesOfDayAreNotFigures(string text, string language) =>
        Assert.DoesNotContain(Read(text, language), f => f.Kind is FigureKind.Count or FigureKind.Duration or FigureKind.Other);

    [Theory]
    [InlineData("Lumora a présenté ses écouteurs Lumora Pods 2 à Lyon.", "fr")]
    [InlineData("Das 2023 gegründete Unternehmen wächst schnell.", "de")]
    [InlineData("One of the founders said a deal was close.", "en")]
    [InlineData("Ein Sprecher sagte, eine Einigung sei nah.", "de")]
    public void NamesYearsAndArticlesAreNotCounts(string text, string language) =>
        Assert.DoesNotContain(Read(text, language), f => f.Kind is FigureKind.Count or FigureKind.Money);

    [Fact]
    public void AnAgeIsNoDuration()
    {
        var figure = Find(Read("Camille Ferrand, 34 ans, dirige l’entreprise depuis Lyon.", "fr"), "34 ans");
        Assert.Equal(FigureKind.Other, figure.Kind);
        Assert.Equal("age", figure.Unit);
    }

    [Fact]
    public void SpansPointIntoTheText()
    {
        const string text = "Vantor a levé 6,6 milliards de dollars.\n\nLe groupe emploie 1 800 salariés dans 22 pays, soit 12 % de plus qu’en 2023.";
        var figures = Read(text, "fr");
        Assert.True(figures.Count >= 4, string.Join("; ", figures.Select(f => f.Text)));
        Assert.All(figures, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        Assert.Equal(figures.OrderBy(f => f.Start).Select(f => f.Start), figures.Select(f => f.Start));
    }

    [Theory]
    [InlineData("Lumora wurde 2019 in Lyon gegründet.", "de", "2019", "2019")]
    [InlineData("Orsini had 2024 revenue of €1.9bn.", "en", "2024", "2024")]
    [InlineData("Le chantier sera achevé fin de 2026, selon la mairie.", "fr", "fin de 2026", "2026")]
    [InlineData("Die Übernahme soll im ersten Quartal 2026 abgeschlossen sein.", "de", "ersten Quartal 2026", "2026")]
    [InlineData("The deal should close in the first quarter of 2026.", "en", "first quarter of 2026", "2026")]
    public void YearsAndTheWordsThatNarrowThemAreDates(string text, string language, string written, string date)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Date, figure.Kind);
        Assert.Equal(date, figure.Date);
    }

    [Fact]
    public void APartOfTheDayBelongsToItsWeekday()
    {
        var published = new DateTimeOffset(2025, 6, 12, 9, 0, 0, TimeSpan.FromHours(2));
        var figure = Find(Read("The strike began on Monday evening and talks resumed on Thursday.", "en", published), "Monday evening");
        Assert.Equal(FigureKind.Date, figure.Kind);
        Assert.Equal("2025-06-09", figure.Date);
    }

    [Theory]
    [InlineData("The shares closed at 64 cents.", "en", "64 cents", 0.64, "USD")]
    [InlineData("Es kostet nur 15 Dollar und 15 Cent.", "de", "15 Dollar und 15 Cent", 15.15, "USD")]
    [InlineData("Le billet coûte 3 euros 50.", "fr", "3 euros 50", 3.5, "EUR")]
    public void HundredthsJoinTheirAmount(string text, string language, string written, double value, string currency)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(currency, figure.Unit);
    }

    [Fact]
    public void NumbersInWebAddressesAreNotFigures() =>
        Assert.Empty(Read("Details: https://www.example.com/search?q=30%25%2020% and www.example.org/2024/06/10.", "en"));

    [Fact]
    public void WrittenNumbersCountTheNounAfterThem()
    {
        var figure = Find(Read("Deux anciens ingénieurs ont fondé l’entreprise avec trois associés.", "fr"), "trois");
        Assert.Equal(FigureKind.Count, figure.Kind);
        Assert.Equal(3, figure.Value);
    }

    [Fact]
    public void InAScriptWithoutSpacesTheRestOfTheClauseIsNoCountedNoun()
    {
        var figures = Read("理事会法律部门于 2013 年 7 月 19 日发出的通知上诉人的信函。", "zh");

        Assert.DoesNotContain(figures, f => f.Unit is { } unit && unit.Any(Storyline.Text.UnspacedScripts.Contains));
    }

    [Theory]
    [InlineData("The fee is USD115.5 per seat.", "en", "USD115.5", 115.5, "USD")]
    [InlineData("Le forfait passe à 115EUR par mois.", "fr", "115EUR", 115, "EUR")]
    [InlineData("They lost 75 USD million in three years.", "en", "75 USD million", 7.5e7, "USD")]
    [InlineData("A 12-dollar ticket and a one-euro coin.", "en", "12-dollar", 12, "USD")]
    public void CodesAndScalesWrittenAgainstTheAmount(string text, string language, string written, double value, string currency)
    {
        var figure = Find(Read(text, language), written);
        Assert.Equal(FigureKind.Money, figure.Kind);
        Assert.Equal(value, figure.Value!.Value, 6);
        Assert.Equal(currency, figure.Unit);
    }

    [Fact]
    public void TwoAmountsSideBySideStayTwo()
    {
        var figures = Read("Prices: 10 $ 30 $ and 10 rmb 20 usd.", "en");
        Assert.Equal(["10 $", "30 $", "10 rmb", "20 usd"], figures.Where(f => f.Kind == FigureKind.Money).Select(f => f.Text));
    }

    [Fact]
    public void AShareMayBeNamedBeforeItsNumber()
    {
        var figure = Find(Read("The tax is per cent of 210 at most.", "en"), "per cent of 210");
        Assert.Equal(FigureKind.Percent, figure.Kind);
        Assert.Equal(210, figure.Value);
    }

    [Theory]
    [InlineData("Kestrel Pharma has agreed to buy Dunmore Labs for 2.4 billion euros including debt. Kestrel Pharma will pay 41 euros per share, a premium of 28%.", "en", "Kestrel Pharma", "Dunmore Labs")]
    [InlineData("Kestrel Pharma übernimmt den britischen Hersteller Dunmore Labs für 2,4 Milliarden Euro einschließlich Schulden. Kestrel Pharma zahlt 41 Euro je Aktie, ein Aufschlag von 28 Prozent.", "de", "Kestrel Pharma", "Dunmore Labs")]
    [InlineData("Kestrel Pharma a annoncé le rachat du laboratoire Dunmore Labs pour 2,4 milliards d’euros, dette comprise. Kestrel Pharma paiera 41 euros par action, soit une prime de 28 %.", "fr", "Kestrel Pharma", "Dunmore Labs")]
    [InlineData("Dunmore Labs was acquired by Kestrel Pharma for 2.4 billion euros including debt. Kestrel Pharma paid 41 euros per share, a premium of 28%.", "en", "Kestrel Pharma", "Dunmore Labs")]
    public void ATakeoversValuePriceAndPremiumAreTheBoughtCompanys(string text, string language, string buyer, string bought)
    {
        var figures = ReadWithNames(text, language, (buyer, EntityType.Organisation), (bought, EntityType.Organisation));
        var money = figures.Where(f => f.Kind == FigureKind.Money).ToList();
        Assert.Equal(["valuation", "price"], money.Select(f => f.Attribute));
        Assert.All(figures.Where(f => f.Kind != FigureKind.Date), f => Assert.Equal(bought, f.Subject));
        Assert.Equal("premium", figures.Single(f => f.Kind == FigureKind.Percent).Attribute);
    }

    [Fact]
    public void WithoutATakeoverTheBuyerKeepsItsFigures()
    {
        var figures = ReadWithNames("Kestrel Pharma will pay 41 euros per share in its buyback, it said.", "en", ("Kestrel Pharma", EntityType.Organisation));
        Assert.Equal("Kestrel Pharma", Find(figures, "41 euros").Subject);
    }

    [Theory]
    [InlineData("Vantor a levé environ 180 millions d’euros (195 millions de dollars) auprès de fonds.", "fr", "195 millions de dollars", Qualifier.Approx)]
    [InlineData("Vantor raised €180m ($195m) from investors.", "en", "$195m", Qualifier.Exact)]
    public void AnAmountRestatedInBracketsIsTheSameFigure(string text, string language, string converted, Qualifier qualifier)
    {
        var figure = Find(ReadWithNames(text, language, ("Vantor", EntityType.Organisation)), converted);
        Assert.Equal("funding", figure.Attribute);
        Assert.Equal("Vantor", figure.Subject);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Fact]
    public void TheWordsOfALongerCueAreNoCuesOfTheirOwn()
    {
        // "including debt" says the amount is an enterprise value; "debt" alone would say it is a debt.
        var figure = Find(ReadWithNames("Kestrel Pharma values the business at 2.4 billion euros including debt.", "en", ("Kestrel Pharma", EntityType.Organisation)), "2.4 billion euros");
        Assert.Equal("valuation", figure.Attribute);
    }

    [Fact]
    public void ANumberCountingANounOfItsOwnTakesNoCueFromTheSentence()
    {
        var figures = ReadWithNames("En France, où Vantor commercialise trois médicaments, la filiale emploie 120 salariés.", "fr", ("Vantor", EntityType.Organisation));
        Assert.Null(Find(figures, "trois").Attribute);
        Assert.Equal("employees", Find(figures, "120").Attribute);
    }

    [Fact]
    public void TheCompanyNamedBetweenANameAndTheFigureIsTheOneTheArticleIsAbout()
    {
        const string text = "Vantor builds translation earbuds.\n\nIts round was led by London's Northgate Ventures, a deal that values the company at $1.1 billion.";
        var figures = ReadWithNames(text, "en", ("Vantor", EntityType.Organisation), ("Northgate Ventures", EntityType.Organisation));
        Assert.Equal("Vantor", Find(figures, "$1.1 billion").Subject);
    }

    [Fact]
    public void AnAgencyTheReportIsCreditedToIsNotTheCompany()
    {
        const string text = "Le constructeur de vélos Vantor a annoncé mardi 450 suppressions d'emplois, selon l'AFP. L'entreprise a perdu 1,2 Md€ l'an dernier.";
        var figures = ReadWithNames(text, "fr", ("Vantor", EntityType.Organisation), ("AFP", EntityType.Organisation));
        Assert.Equal("Vantor", Find(figures, "1,2 Md€").Subject);
    }

    [Fact]
    public void WhatACompanyLostIsALoss()
    {
        const string text = "Le constructeur de vélos Vantor va supprimer 450 emplois. L'entreprise a perdu 1,2 Md€ l'an dernier.";
        var figures = ReadWithNames(text, "fr", ("Vantor", EntityType.Organisation));
        Assert.Equal("Vantor", Find(figures, "1,2 Md€").Subject);
        Assert.Equal("loss", Find(figures, "1,2 Md€").Attribute);
    }

    [Fact]
    public void AnOutletSomeoneToldSomethingIsNotTheCompany()
    {
        const string text = "Vantor builds translation earbuds. Vantor sells them in 22 countries.\n\nIts founder told The Daily Ledger that hiring comes first. The company employs 320 people.";
        var figures = ReadWithNames(text, "en", ("Vantor", EntityType.Organisation), ("The Daily Ledger", EntityType.Organisation));
        Assert.Equal("Vantor", Find(figures, "320").Subject);
    }

    [Fact]
    public void AProductsFiguresAreItsMakers()
    {
        var figures = ReadWithNames(
            "Vantor sells earbuds. Its app Vantor Live supports 38 languages.", "en", ("Vantor", EntityType.Organisation), ("Vantor Live", EntityType.Product));
        Assert.Equal("Vantor", Find(figures, "38").Subject);
    }

    [Fact]
    public void ATakeoversSynergiesAreTheBuyers()
    {
        const string text = "Kestrel Pharma has agreed to buy Dunmore Labs for 2.4 billion euros. Dunmore Labs makes vaccines. The companies expect synergies of 90 million euros.";
        var figures = ReadWithNames(text, "en", ("Kestrel Pharma", EntityType.Organisation), ("Dunmore Labs", EntityType.Organisation));
        Assert.Equal("Kestrel Pharma", Find(figures, "90 million euros").Subject);
    }

    [Theory]
    [InlineData("Die Konzerne erwarten jährliche Umsatzsynergien von 90 Millionen Euro.", "de", "90 Millionen Euro", "synergies")]
    [InlineData("De groep betaalde een aankoopprijs van 90 miljoen euro.", "nl", "90 miljoen euro", "price")]
    public void ACompoundsHeadSaysWhatTheFigureMeasures(string text, string language, string written, string attribute) =>
        Assert.Equal(attribute, Find(Read(text, language), written).Attribute);
}
