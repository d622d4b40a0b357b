using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>The entity stage on sentences written for these tests, one rule each.</summary>
public sealed class EntityRecognizerTests
{
    private static IReadOnlyList<Entity> Recognize(string text, string language) => EntityRecognizer.Default.Recognize(text, language);

    private static Entity Named(IReadOnlyList<Entity> entities, string name) =>
        entities.SingleOrDefault(e => e.Name == name) ?? throw new Xunit.Sdk.XunitException($"no entity '{name}' in: {Describe(entities)}");

    private static string Describe(IReadOnlyList<Entity> entities) =>
        string.Join("; ", entities.Select(e => $"{e.Name} [{e.Type}] ({string.Join("/", e.Mentions.Select(m => m.Text))})"));

    [Fact]
    public void MentionsPointIntoTheText()
    {
        const string text = "Le groupe Airbus a livré 40 avions à Toulouse en mars, selon Guillaume Faury.\n\nFaury a salué l’équipe d’Airbus.";
        var entities = Recognize(text, "fr");
        Assert.NotEmpty(entities);
        Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.All(entities, e => Assert.Equal(e.Mentions.Count, e.Count));
    }

    [Fact]
    public void SurnamesJoinTheFullName()
    {
        var entities = Recognize("Guillaume Faury, the chief executive of Airbus, spoke in Toulouse on Monday. Faury said deliveries would rise.", "en");
        var faury = Named(entities, "Guillaume Faury");
        Assert.Equal(EntityType.Person, faury.Type);
        Assert.Equal(["Guillaume Faury", "Faury"], faury.Mentions.Select(m => m.Text));
    }

    // A noun for organisations a few words before a name of no first name, in the same clause, makes it a company's; a
    // listed first name keeps a person ("Union leader Rüdiger Stamm").
    [Theory]
    [InlineData("fr", "Le fabricant de vélos Orvelant Mobility rappelle 42 000 vélos électriques. Orvelant Mobility a reçu onze plaintes.", "Orvelant Mobility", EntityType.Organisation)]
    [InlineData("en", "Union leader Rüdiger Stamm told reporters the strike would go ahead.", "Rüdiger Stamm", EntityType.Person)]
    public void AnOrganisationNounAFewWordsBeforeANameTypesIt(string language, string text, string name, EntityType type)
    {
        Assert.Equal(type, Named(Recognize(text, language), name).Type);
    }

    // A family company and its chairman: the name a company noun introduced before the chairman was named stays the company.
    [Theory]
    [InlineData("es", "El grupo químico italiano Vendrasi revisará los reactores de su planta de Tarragona. El presidente del grupo, Ottavio Vendrasi, pidió perdón a los trabajadores.")]
    [InlineData("fr", "Le groupe chimique italien Vendrasi va contrôler les réacteurs de son usine de Tarragone. Le président du groupe, Ottavio Vendrasi, a présenté ses excuses.")]
    public void ACompanyNamedBeforeAPersonOfItsNameIsNotThatPerson(string language, string text)
    {
        var entities = Recognize(text, language);
        Assert.Equal(EntityType.Organisation, Named(entities, "Vendrasi").Type);
        Assert.Equal(EntityType.Person, Named(entities, "Ottavio Vendrasi").Type);
    }

    // A registered company (or one closed by a designator's compound), then a person of the family it is named after: the
    // name alone is the company introduced first, the family beside its noun is people; "& Co. KG" closes the company's name.
    [Theory]
    [InlineData("de", "Der Konzern übernimmt den Heilbronner Pumpenhersteller Brennecke Pumpentechnik GmbH & Co. KG. Die Familie Brennecke verkauft alle Anteile. Brennecke beschäftigt rund 2.300 Menschen. Für die Eigentümer sprach Konstantin Brennecke, Enkel des Firmengründers. „Wir haben lange gesucht, wer Brennecke gut in die Zukunft bringt.“", "Brennecke Pumpentechnik GmbH & Co. KG")]
    // A designator's compound after the name ("Pumpentechnik"), no legal form.
    [InlineData("de", "Die Übernahme der Brennecke Pumpentechnik durch einen Konzern aus Düsseldorf stößt auf Kritik. Ein Konkurrent hatte selbst für Brennecke geboten. Brennecke sei bei Industriepumpen stark, hieß es. Im Fall Brennecke prüft das Amt genau. Die Familie Brennecke schweigt. Konstantin Brennecke wollte sich nicht äußern. Brennecke beschäftigt rund 2.300 Menschen.", "Brennecke Pumpentechnik")]
    [InlineData("it", "Helvara compra la Farmaceutici Brennecke per 6,6 miliardi di euro. La famiglia Brennecke controlla il 42% del capitale. Brennecke impiega circa 4.200 persone. Il presidente Lorenzo Brennecke ha approvato l’offerta.", "Farmaceutici Brennecke")]
    public void ACompanysShortNameIsTheCompanyAndItsFamilyArePeople(string language, string text, string company)
    {
        var entities = Recognize(text, language);
        var firm = Named(entities, company);
        Assert.Equal(EntityType.Organisation, firm.Type);
        Assert.Contains(firm.Mentions, m => m.Text == "Brennecke" && text[(m.Start + m.Length)..].StartsWith(language == "de" ? " beschäftigt" : " impiega", StringComparison.Ordinal));
        var family = entities.Single(e => e.Mentions.Any(m => text[..m.Start].EndsWith(language == "de" ? "Familie " : "famiglia ", StringComparison.Ordinal)));
        Assert.Equal(EntityType.Person, family.Type);
    }

    // A family firm's name after a quote and its verb is the family's person who spoke; elsewhere the firm.
    [Theory]
    [InlineData("Das Modehaus Ehlerding hat Insolvenz angemeldet. Geschäftsführer Bernd Ehlerding nannte die hohen Mieten als Grund. „Wir haben zu lange gewartet, das war mein Fehler“, sagte Ehlerding. Ehlerding betreibt 40 Filialen.")]
    [InlineData("Der Bremer Schuhhändler Ehlerding ist zahlungsunfähig. Geschäftsführer Bernd Ehlerding nannte die hohen Mieten als Grund. „Wir haben zu lange gewartet, das war mein Fehler“, sagte Ehlerding. Ehlerding betreibt 40 Filialen.")]
    public void AFamilyFirmsNameAfterAQuoteIsThePersonWhoSpoke(string text)
    {
        var entities = Recognize(text, "de");

        var said = text.IndexOf("sagte Ehlerding", StringComparison.Ordinal) + "sagte ".Length;
        var runs = text.IndexOf("Ehlerding betreibt", StringComparison.Ordinal);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Mentions.Any(m => m.Start == said)).Type);
        Assert.Equal(EntityType.Organisation, entities.Single(e => e.Mentions.Any(m => m.Start == runs)).Type);
    }

    // A word short for two registered companies names the group they belong to: an organisation, whatever the tagger read.
    [Fact]
    public void AShortNameOfTwoCompaniesIsAnOrganisation()
    {
        const string text = "Die Mieter verklagen die Ahrensdorf Wohnen GmbH. Die Ahrensdorf Dienste GmbH stellte die Rechnungen. "
            + "Ahrensdorf vermietet 4.000 Wohnungen in Pirna und Freital. Ahrensdorfs Anwalt wies die Vorwürfe zurück.";

        var entities = Recognize(text, "de");

        Assert.All(entities.Where(e => e.Mentions.Any(m => m.Text.StartsWith("Ahrensdorf", StringComparison.Ordinal))),
            e => Assert.Equal(EntityType.Organisation, e.Type));
    }

    // A first name of the name lists and a surname make a person where the tagger read nothing or the surname alone.
    [Theory]
    // The surname a small town's name too (Osterburg), or read as nothing at all.
    [InlineData("de", "In der Kölner Gründerszene sorgt der Fall für Unruhe. Wiebke Osterburg, Geschäftsführerin des Gründerforums, warnte vor Pauschalurteilen.", "Wiebke Osterburg")]
    [InlineData("de", "Am Montag streikten die Lotsen. Mareike Osterhagen, Sprecherin der Gewerkschaft, kündigte weitere Streiks an.", "Mareike Osterhagen")]
    // After a negotiator's title.
    [InlineData("de", "Vor dem Terminal versammelten sich 500 Streikende. GLL-Verhandlungsführer Torben Vahldiek: „Heute sieht ganz Hamburg, wer den Flughafen am Laufen hält.“", "Torben Vahldiek")]
    public void AFirstNameAndASurnameAreAPerson(string language, string text, string name) =>
        Assert.Equal(EntityType.Person, Named(Recognize(text, language), name).Type);

    // Words that open a noun phrase, and words the text writes in small letters, are no first names.
    [Theory]
    [InlineData("de", "Alle Nutzer hätten der Weitergabe bei der Anmeldung zugestimmt.")]
    [InlineData("de", "Ein Streik sei nicht ausgeschlossen, sagte er. Am Montag beginnt ein Warnstreik.")]
    [InlineData("de", "Andere Reisende müssen sich auf Ausfälle einstellen.")]
    public void QuantifiersAndArticlesAreNoFirstNames(string language, string text) =>
        Assert.DoesNotContain(Recognize(text, language), e => e.Type == EntityType.Person);

    // An association's noun opens a name of several words after it, whatever the tagger read there; one word after it is a
    // name of its own, unless it is a place.
    [Theory]
    [InlineData("Die Bürgerinitiative Klares Wasser Lausitz kritisierte die Entscheidung scharf.", "Bürgerinitiative Klares Wasser Lausitz")]
    [InlineData("Gegen den Bau klagt die Bürgerinitiative Grünes Tal vor dem Verwaltungsgericht.", "Bürgerinitiative Grünes Tal")]
    [InlineData("Die Lokführergewerkschaft GDZL macht ernst.", "GDZL")]
    // A place after it is the region it serves: the whole is the name.
    [InlineData("Die Ausstellung fördert die Kulturstiftung Westerzgebirge mit 40.000 Euro.", "Kulturstiftung Westerzgebirge")]
    public void AnAssociationsNounOpensANameOfSeveralWords(string text, string name) =>
        Assert.Equal(EntityType.Organisation, Named(Recognize(text, "de"), name).Type);

    // Initials with one small letter are an organisation's where the catalog knows them; the shape alone names a thing.
    [Fact]
    public void MixedInitialsTheCatalogKnows()
    {
        var entities = Recognize("Die FDP fordert eine Stellenbremse, die AfD lehnt den Entwurf ab. Das IoT wächst.", "de");
        Assert.Contains(Named(entities, "Alternative for Germany").Mentions, m => m.Text == "AfD");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "IoT"));
    }

    [Fact]
    public void TitlesAndJobWordsAreNotPartOfNames()
    {
        var entities = Recognize("Die Staatssekretärin Anna Lührmann traf am Montag in Berlin den Präsidenten Joe Biden.", "de");
        Assert.Contains(entities, e => e.Mentions.Any(m => m.Text == "Anna Lührmann"));
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.Contains("Staatssekretärin", StringComparison.Ordinal) || m.Text.Contains("Präsident", StringComparison.Ordinal)));
    }

    // Job words are titles too: the name after one is a person's, and the word stays outside it.
    [Theory]
    [InlineData("Gegründet wurde die Firma 2019 von der Tierärztin Jana Wolters und dem Informatiker Paul Brenneke.", "Jana Wolters")]
    [InlineData("Insolvenzverwalterin Brakelmann will bis Mai einen Sanierungsplan vorlegen. Laut Brakelmann ist die Lage ernst.", "Brakelmann")]
    [InlineData("Die Ausstellung zeigt Arbeiten der Bildhauerin Greta Vollmer, sagte Kuratorin Inga Selbach.", "Inga Selbach")]
    public void AJobWordBeforeANameMakesItAPersonsAndStaysOutside(string text, string name)
    {
        var entities = Recognize(text, "de");

        Assert.Equal(EntityType.Person, Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name)).Type);
    }

    // A compound of a title, in German: the tagger runs the name on over it.
    [Fact]
    public void ACompoundTitleIsNoPartOfTheName()
    {
        var entities = Recognize("Das Verfahren richte sich gegen Unbekannt, sagte Oberstaatsanwältin Henrike Lautenschläger am Freitag.", "de");

        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == "Henrike Lautenschläger"));
    }

    // Medical jobs before a name, which the tagger took into it or read as a place.
    [Theory]
    [InlineData("nl", "Gynaecoloog Joost Ramaekers noemt het besluit onverantwoord.", "Joost Ramaekers", "Gynaecoloog")]
    [InlineData("de", "Der Chirurg Jan Dongen aus Köln hält den Plan für falsch.", "Jan Dongen", "Chirurg")]
    public void AMedicalJobIsNoName(string language, string text, string name, string job)
    {
        var entities = Recognize(text, language);

        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == name));
        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text.Contains(job, StringComparison.Ordinal));
    }

    // A title written with a capital, as Dutch writes it before a name, is still no part of the name.
    [Theory]
    [InlineData("nl", "Kamerlid Sanne Vos wil opheldering. ‘Dit kan zo niet’, zei Kamerlid Vos.", "Sanne Vos")]
    public void ATitleWrittenWithACapitalIsNoPartOfTheName(string language, string text, string name)
    {
        var person = Named(Recognize(text, language), name);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void WeekdaysAreCutFromNamesAndNameNothingAlone()
    {
        // The tagger reads "Friday Trump" and "Even Friday" as persons.
        var entities = Recognize("On Friday Trump made the comments in Michigan. Even Friday, he claimed that the plan would work.", "en");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.Contains("Friday", StringComparison.Ordinal)));
        Assert.Contains(entities, e => e.Mentions.Any(m => m.Text == "Trump"));
        Assert.DoesNotContain(entities, e => e.Name == "Even");
    }

    [Fact]
    public void AMonthBeforeADaysNumberIsADateNotAName()
    {
        var entities = Recognize("The recall covers jars sold between Jan. 3 and Feb. 14 in Ohio. Prime minister Theresa May said nothing.", "en");
        Assert.DoesNotContain(entities, e => e.Name is "Jan" or "Feb");
        Assert.Contains(entities, e => e.Name == "Theresa May");
    }

    [Fact]
    public void CapitalisedSentenceStartersAndGermanNounsAreNotEntities()
    {
        var entities = Recognize("Gestern sagte die Regierung, dass die Wirtschaft im Winter schrumpft. Trotzdem steigen die Löhne in Deutschland.", "de");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text is "Gestern" or "Regierung" or "Wirtschaft" or "Winter" or "Trotzdem" or "Löhne"));
    }

    [Fact]
    public void ElidedArticlesAreStripped()
    {
        var entities = Recognize("Le patron d’Airbus a rencontré les salariés de l’usine. L'Airbus A350 reste le modèle phare d'Airbus.", "fr");
        Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.False(m.Text.StartsWith("d’", StringComparison.Ordinal) || m.Text.StartsWith("l'", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(entities, e => e.Mentions.Any(m => m.Text == "Airbus"));
    }

    [Fact]
    public void GermanGenitiveJoinsTheBareName()
    {
        var entities = Recognize("Die Exporte Indiens wachsen. In Indien baut der Konzern ein Werk, und Indiens Regierung begrüßte den Plan.", "de");
        var india = entities.Where(e => e.Mentions.Any(m => m.Text.StartsWith("Indien", StringComparison.Ordinal))).ToList();
        Assert.Single(india);
        Assert.Equal(["Indiens", "Indien", "Indiens"], india[0].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void InflectedFormsOfANameAreOneEntity()
    {
        var entities = Recognize("Die Deutsche Bahn streicht Züge. Ein Sprecher der Deutschen Bahn sagte, die Deutsche Bahn prüfe Ersatzbusse.", "de");
        var bahn = Named(entities, "Deutsche Bahn");
        Assert.Equal(["Deutsche Bahn", "Deutschen Bahn", "Deutsche Bahn"], bahn.Mentions.Select(m => m.Text));
        Assert.Equal(EntityType.Organisation, bahn.Type);
    }

    [Fact]
    public void OneWordNamesIntroducedAsCompaniesAreOrganisationsAndTheirNumberedLinesProducts()
    {
        var entities = Recognize(
            "Le fabricant Velotrix, basé à Bâle, a présenté lundi son nouveau vélo, le Velotrix X2. Velotrix veut croître en Allemagne, a déclaré sa directrice Anna Keller.", "fr");
        Assert.Equal(EntityType.Organisation, Named(entities, "Velotrix").Type);
        Assert.Equal(EntityType.Product, Named(entities, "Velotrix X2").Type);
        Assert.Equal(EntityType.Place, Named(entities, "Basel").Type);
        Assert.Equal(EntityType.Person, Named(entities, "Anna Keller").Type);
    }

    [Theory]
    [InlineData("Les ministres de l’OTAN se réunissent à Bruxelles avec des représentants des Nations unies et de l’ONU.", "fr")]
    [InlineData("Die Außenminister der NATO trafen sich in Brüssel mit Vertretern der Vereinten Nationen.", "de")]
    public void InternationalBodiesTakeTheirEnglishNames(string text, string language)
    {
        var entities = Recognize(text, language);
        Assert.Equal(EntityType.Organisation, Named(entities, "NATO").Type);
        Assert.Equal(EntityType.Organisation, Named(entities, "United Nations").Type);
        Assert.Equal(EntityType.Place, Named(entities, "Brussels").Type);
    }

    [Fact]
    public void CompoundsHoldTheNameAtTheirHead()
    {
        const string text = "Die Lufthansa streicht Flüge. Die Lufthansa-Chefin sprach in Frankfurt von einem harten Jahr für die Lufthansa.";
        var lufthansa = Named(Recognize(text, "de"), "Lufthansa");
        Assert.Equal(3, lufthansa.Count);
        Assert.Equal(text.IndexOf("Lufthansa-Chefin", StringComparison.Ordinal), lufthansa.Mentions[1].Start);
        Assert.Equal("Lufthansa".Length, lufthansa.Mentions[1].Length);
    }

    [Fact]
    public void ANameOfSeveralWordsRunOnIntoACompoundsNounEndsBeforeTheHyphen()
    {
        const string text = "Die Firma wurde 2021 von zwei früheren Google DeepMind-Mitarbeitern in Zürich gegründet. Christian Schmidt-Weber sagte das.";
        var entities = Recognize(text, "de");

        Assert.Equal("Google DeepMind", Named(entities, "Google DeepMind").Mentions.Single().Text);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Mitarbeitern", StringComparison.Ordinal));
        Assert.Equal(EntityType.Person, Named(entities, "Christian Schmidt-Weber").Type);
    }

    [Fact]
    public void ACompoundTheCatalogKnowsWholeIsThatNameNotItsHead()
    {
        var entities = Recognize("Der Streik der Lokführer in Sachsen-Anhalt dauert an.", "de");

        Assert.DoesNotContain(entities, e => e.Name == "Saxony");
        Assert.Equal("Sachsen-Anhalt", Assert.Single(entities, e => e.Type == EntityType.Place).Mentions.Single().Text);
    }

    [Fact]
    public void AcronymsJoinTheirExpansion()
    {
        var entities = Recognize("The European Investment Bank (EIB) lent 2 billion euros to Poland. The EIB said more loans would follow.", "en");
        var bank = Named(entities, "European Investment Bank");
        Assert.Equal(3, bank.Count);
    }

    // Acronyms with small letters, of first letters or syllables: the body they spell, whatever the tagger read them as.
    [Theory]
    [InlineData("es", "El consejero negocia con el Servizo Galego de Saúde (Sergas) para cubrir las guardias. El Sergas no respondió.", "Sergas", "Servizo Galego de Saúde")]
    [InlineData("de", "Der Rückruf steht in der Datenbank der Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA). Die BAuA prüft den Fall.", "BAuA", "Bundesanstalt für Arbeitsschutz und Arbeitsmedizin")]
    [InlineData("fr", "La Commission fédérale de la concurrence (Comco) a ouvert une enquête. La Comco rendra sa décision en mars.", "Comco", "Commission fédérale de la concurrence")]
    public void AnAcronymWithSmallLettersJoinsTheBodyItSpells(string language, string text, string acronym, string name)
    {
        var body = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == acronym));
        Assert.Contains(body.Mentions, m => m.Text == name);
        Assert.Equal(EntityType.Organisation, body.Type);
    }

    [Theory]
    [InlineData("THE GOVERNMENT OF FRANCE SAID ON MONDAY THAT AIRBUS WILL HIRE 3,000 PEOPLE IN TOULOUSE.")]
    [InlineData("airbus will hire people in toulouse and hamburg said guillaume faury without any punctuation at all")]
    [InlineData("Тhe Airbus plant in Тoulouse (Тулуза) hired 東京 staff; مرحبا Airbus ✈️ 2024")]
    [InlineData("Dcr Bürgermcister von Hamb*rg, Hcrr Dr. Pctersen, erößnete dic Aus≠stellung in Altona.")]
    public void MessyTextDoesNotBreakTheStage(string text)
    {
        var entities = Recognize(text, "en");
        Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void AVeryLongSentenceIsTagged()
    {
        var text = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => i % 50 == 0 ? "Airbus" : "word"));
        var entities = Recognize(text, "en");
        Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [Theory]
    // A document noun and a link before a place: the text named after it, not the place.
    [InlineData("La France a signé en 1998 les principes de Lisbonne sur les archives saisies.", "fr", "principes de Lisbonne")]
    [InlineData("L’Italia ha firmato nel 1998 i Principi di Lisbona sugli archivi sequestrati.", "it", "Principi di Lisbona")]
    public void ADocumentNamedAfterAPlaceIsThatText(string text, string language, string name)
    {
        var entity = Named(Recognize(text, language), name);
        Assert.Equal(EntityType.Other, entity.Type);
    }

    [Theory]
    [InlineData("La société lyonnaise Vantor a levé des fonds auprès d’investisseurs.", "fr", "Vantor")]
    [InlineData("Le fabricant italien de vélos électriques Vantor va supprimer 400 postes.", "fr", "Vantor")]
    [InlineData("Les données ont été transmises à la régie publicitaire berlinoise Werbix, selon l’enquête.", "fr", "Werbix")]
    [InlineData("Le reportage a été diffusé dimanche soir par la chaîne Nordvue, qui maintient ses informations.", "fr", "Nordvue")]
    [InlineData("The Lyon-based company Vantor has raised money from investors.", "en", "Vantor")]
    [InlineData("Elle a convaincu le fonds Northbay Capital de mener le tour.", "fr", "Northbay Capital")]
    [InlineData("Robots are also the focus of Danish startup Q, which raised a $40m seed round in May.", "en", "Q")]
    [InlineData("Volgens peilingbureau Stemwijzer staat de partij op 9 procent.", "nl", "Stemwijzer")]
    // Where compounds are one word, a compound ending in such a noun introduces the name too; initials go on with it.
    [InlineData("De gegevens gingen naar het Londense advertentiebedrijf Kestrova, dat ze doorverkocht.", "nl", "Kestrova")]
    [InlineData("Volgens brancheorganisatie Spoorvracht NL staan er tientallen treinen stil.", "nl", "Spoorvracht NL")]
    // Such a compound opening the sentence, with its capital; a cooperative.
    [InlineData("Fruitcoöperatie Boomgaard uit de Betuwe neemt een Poolse verpakker over. Boomgaard betaalt 40 miljoen euro.", "nl", "Boomgaard")]
    [InlineData("Según el instituto Demoscopa, el partido tiene un 9 % de intención de voto.", "es", "Demoscopa")]
    [InlineData("Secondo l’istituto Demoscopa il partito vale il 9 per cento.", "it", "Demoscopa")]
    // Two adjectives between, the trade and the nationality.
    [InlineData("El grupo químico italiano Vendrasi revisará los reactores de su planta de Tarragona.", "es", "Vendrasi")]
    [InlineData("La casa automobilistica tedesca Vendrasi ha richiamato 40.000 vetture.", "it", "Vendrasi")]
    // A name that is itself one compound of such a noun.
    [InlineData("In Nederland beoordeelt de Kunstroofcommissie al twintig jaar claims op geroofde schilderijen.", "nl", "Kunstroofcommissie")]
    public void ANounThatIntroducesAnOrganisationNamesIt(string text, string language, string name)
    {
        var entity = Named(Recognize(text, language), name);
        Assert.Equal(EntityType.Organisation, entity.Type);
    }

    // The tagger misses the name each time it opens a sentence; the noun that introduced it still vouches for it there, so
    // it is not dropped as a name the tagger took only once in several.
    [Theory]
    [InlineData("nl", "Het Duitse deelstepbedrijf Kwindel stopt in Rotterdam. Kwindel vroeg maandag insolventie aan. Kwindel laat weten dat de app blijft werken. Kwindel telt ongeveer 640 medewerkers.")]
    [InlineData("fr", "La société lyonnaise Kwindel ferme ses portes. Kwindel a demandé lundi sa mise en faillite. Kwindel assure que l’application fonctionne. Kwindel emploie 640 personnes.")]
    public void ANameANounIntroducedIsThatOrganisationEverywhereInTheArticle(string language, string text)
    {
        var entity = Named(Recognize(text, language), "Kwindel");
        Assert.Equal(EntityType.Organisation, entity.Type);
        Assert.Equal(4, entity.Mentions.Count);
    }

    // A hospital or clinic is an organisation, not the place it stands in.
    [Theory]
    [InlineData("en", "Nurses at Vanderkelen Hospital in the Brussels municipality of Ixelles began a three-day strike on Monday.", "Vanderkelen Hospital")]
    [InlineData("en", "Patients were moved to the Morristown Memorial Hospital overnight.", "Morristown Memorial Hospital")]
    public void AHospitalIsAnOrganisation(string language, string text, string name) =>
        Assert.Equal(EntityType.Organisation, Named(Recognize(text, language), name).Type);

    [Theory]
    [InlineData("de", "Im Werk der Kalvora Chemie GmbH in Krefeld brach ein Feuer aus. Kalvora gehört seit 2019 zu einem Konzern aus Turin.", "Kalvora")]
    [InlineData("it", "Il tribunale ha condannato la Brenzoni Digitale S.p.A. di Bergamo. Brenzoni ha annunciato ricorso in appello.", "Brenzoni")]
    public void ACompanysNameWithoutItsTradeAndLegalFormIsThatCompany(string language, string text, string shortName)
    {
        var entity = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == shortName));
        Assert.Equal(EntityType.Organisation, entity.Type);
        Assert.Contains(entity.Mentions, m => m.Text.Length > shortName.Length);
    }

    [Theory]
    [InlineData("it", "Il progetto è finanziato dal programma europeo Digital Europe con due milioni di euro.")]
    [InlineData("de", "Das Projekt wird mit zwei Millionen Euro aus dem EU-Programm Digital Europe gefördert.")]
    [InlineData("en", "The project received two million euros from the EU's Digital Europe programme last year.")]
    public void ANameAProgrammeNounIntroducesIsAText(string language, string text)
    {
        var entity = Named(Recognize(text, language), "Digital Europe");
        Assert.Equal(EntityType.Other, entity.Type);
    }

    [Theory]
    [InlineData("de", "Der Haushaltswarenhersteller Casalvetro Ferrandi ruft elektrische Kocher zurück. Casalvetro Ferrandi liegen 23 Meldungen vor.", "Casalvetro Ferrandi")]
    [InlineData("nl", "De espressopot komt van de Italiaanse fabrikant Ferrandi Casalvetro uit Lumezzane.", "Ferrandi Casalvetro")]
    public void ANameOfSeveralWordsRightAfterANounForCompaniesIsACompany(string language, string text, string name) =>
        Assert.Equal(EntityType.Organisation, Named(Recognize(text, language), name).Type);

    // A team's name closes with a trade word as a company's does.
    [Theory]
    [InlineData("it", "La Veltrano Pro Cycling ha sospeso il corridore con effetto immediato.", "Veltrano Pro Cycling")]
    [InlineData("fr", "L’équipe Veltrano Pro Cycling a suspendu son coureur lundi.", "Veltrano Pro Cycling")]
    public void ATeamNameIsAnOrganisation(string language, string text, string name) =>
        Assert.Equal(EntityType.Organisation, Named(Recognize(text, language), name).Type);

    [Fact]
    public void AFoodCompanyWrittenWithoutFoodsIsTheSameCompany()
    {
        var company = Assert.Single(Recognize("Harwick Foods said on Tuesday it was recalling jars. Shares of Harwick fell 4.5%.", "en"));
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Equal(["Harwick Foods", "Harwick"], company.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void AShortFormOfTwoFormsOfOneNameIsThatName()
    {
        // "Harwick" is short for "Harwick Foods" and for "Harwick Foods Inc.", which is one company.
        var text = "Harwick Foods recalls jars\n\nHarwick Foods Inc. said on Tuesday it was recalling jars. Shares of Harwick fell 4.5%.";
        var company = Assert.Single(Recognize(text, "en"));
        Assert.Equal(["Harwick Foods", "Harwick Foods Inc", "Harwick"], company.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void APersonWrittenWithAndWithoutAMiddleInitialIsOnePersonAndSoIsTheSurname()
    {
        var text = "\"We are deeply sorry,\" said chief executive Dana J. Wexler. Dana Wexler took over in 2021. Wexler said the jars were destroyed.";
        var person = Assert.Single(Recognize(text, "en"), e => e.Type == EntityType.Person);
        Assert.Equal(["Dana J. Wexler", "Dana Wexler", "Wexler"], person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("de", "Der Komponist starb am Montag. Seine Werke werden in aller Welt gespielt.")]
    [InlineData("de", "Die Malerin lebte in Lübeck. Ihre Werke hängen heute in vielen Museen.")]
    public void APossessiveBeforeADesignatorOpensANounPhraseNotACompany(string language, string text) =>
        Assert.DoesNotContain(Recognize(text, language), e => e.Type == EntityType.Organisation);

    [Theory]
    [InlineData("fr", "Le distributeur Kessvard Distribution S.A.S., basé à Colmar, a retiré les bouteilles des rayons.", "Kessvard Distribution S.A.S.")]
    [InlineData("nl", "PoolBouw Nederland B.V. uit Oss plaatste vorig jaar zo’n noodbad in Tilburg.", "PoolBouw Nederland B.V.")]
    public void ANameRightBeforeWordsClosedByADesignatorIsOneCompany(string language, string text, string name)
    {
        var entity = Assert.Single(Recognize(text, language), e => e.Mentions.Any(m => m.Text.StartsWith(name[..5], StringComparison.Ordinal)));
        Assert.Equal(EntityType.Organisation, entity.Type);
        Assert.Contains(entity.Mentions, m => m.Text == name);
    }

    [Theory]
    [InlineData("Terrasol Analytics, a maker of soil sensors, has raised 22 million euros. Terrasol says its customers cut their water use.", "Terrasol Analytics")]
    [InlineData("Brennvik Distribution has recalled the bottles. Brennvik said the oil had been tested.", "Brennvik Distribution")]
    [InlineData("Talmera Express runs four ships to the islands. Talmera said fares would not rise.", "Talmera Express")]
    public void ACompanysFirstWordBeforeACompanySuffixIsItsShortName(string text, string name)
    {
        var company = Named(Recognize(text, "en"), name);
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Equal(2, company.Mentions.Count);
    }

    [Theory]
    [InlineData("es", "Su aplicación RiegoMap combina las lecturas con la previsión del tiempo. RiegoMap avisa a los agricultores.")]
    [InlineData("nl", "Hun app RiegoMap combineert de metingen met weersverwachtingen. RiegoMap waarschuwt boeren.")]
    public void AOneWordNameAProductNounIntroducesIsAProduct(string language, string text) =>
        Assert.Equal(EntityType.Product, Named(Recognize(text, language), "RiegoMap").Type);

    [Fact]
    public void TwoWordsOpeningWithAKnownFirstNameAreAPersonWhateverTheTaggerRead()
    {
        // The tagger reads this one as a place.
        var entities = Recognize("Mitangeklagt ist die frühere Einkaufsleiterin des Unternehmens, Sabine Trautwein.", "de");
        Assert.Equal(EntityType.Person, Named(entities, "Sabine Trautwein").Type);
    }

    [Fact]
    public void APersonAfterACommaAndANounForCompaniesStaysAPerson()
    {
        var entities = Recognize("Le président du syndicat, Hjalmar Brenstedt, a appelé à la grève.", "fr");
        Assert.Equal(EntityType.Person, Named(entities, "Hjalmar Brenstedt").Type);
    }

    [Fact]
    public void AProgrammeNounInTheGenitiveIsNoPartOfTheName()
    {
        var entities = Recognize("Im Rahmen der Partnerschaft wird die Schule Teil des Lumora Academy Programms, das Kurse anbietet.", "de");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Programm", StringComparison.Ordinal));
        Assert.Equal(EntityType.Other, Named(entities, "Lumora Academy").Type);
    }

    [Theory]
    [InlineData("fr", "Le programme de Marine Le Pen prévoit une baisse de la TVA.", "Marine Le Pen")]
    [InlineData("en", "Critics said the Friedrich Merz government programme lacked detail.", "Friedrich Merz")]
    public void APersonNamedWithAProgrammeOwnsIt(string language, string text, string name) =>
        Assert.Equal(EntityType.Person, Named(Recognize(text, language), name).Type);

    // Initials the tagger took as a name of no type are a body's, as initials it left alone are (AcronymNames).
    [Theory]
    [InlineData("Für die AWK sei das Ergebnis zwar rechtlich nicht bindend, sagte ein Sprecher.", "AWK")]
    [InlineData("Die GHD kündigte für Samstag eine Kundgebung vor dem Rathaus an.", "GHD")]
    public void InitialsOfNoTypeAreAnOrganisation(string text, string initials) =>
        Assert.Equal(EntityType.Organisation, Named(Recognize(text, "de"), initials).Type);

    [Fact]
    public void ADefinedAcronymNamesTheWordsItSpells()
    {
        var entities = Recognize("Die Gewerkschaft Deutscher Zugbegleiter und Lokführer (GDZL) ruft zum Streik auf. Die GDZL fordert mehr Lohn.", "de");
        var union = entities.Single(e => e.Mentions.Any(m => m.Text == "GDZL"));
        Assert.Contains(union.Mentions, m => m.Text == "Gewerkschaft Deutscher Zugbegleiter und Lokführer");
        Assert.Equal(EntityType.Organisation, union.Type);
    }

    // An acronym the catalog knows defines its name in full though the tagger cut the name at an elision.
    [Fact]
    public void AKnownAcronymDefinesANameTheTaggerCut()
    {
        const string text = "La Commission nationale de l’informatique et des libertés (CNIL) a infligé une amende de 10 millions d’euros à la société. "
            + "La CNIL reproche à l’entreprise un manque de transparence.";

        var regulator = Recognize(text, "fr").Single(e => e.Mentions.Any(m => m.Text == "CNIL"));

        Assert.Contains(regulator.Mentions, m => m.Text == "Commission nationale de l’informatique et des libertés");
    }

    [Theory]
    [InlineData("de", "Die Aktie verlor an der Frankfurter Börse zeitweise neun Prozent.", "Frankfurt Stock Exchange")]
    [InlineData("fr", "À la Bourse de Milan, le titre a perdu près de 8 % mardi.", "Milan Stock Exchange")]
    [InlineData("es", "Sus 18 diputados en la Asamblea Nacional son decisivos para el Gobierno.", "National Assembly")]
    [InlineData("fr", "Le texte sera examiné par l’Assemblée nationale en janvier.", "National Assembly")]
    [InlineData("nl", "Het wetsvoorstel ligt sinds maart bij de Tweede Kamer.", "Dutch House of Representatives")]
    public void ExchangesAndParliamentsHaveOneNameAcrossLanguages(string language, string text, string name) =>
        Assert.Equal(EntityType.Organisation, Named(Recognize(text, language), name).Type);

    [Theory]
    [InlineData("de", "Die Behörde prüft mögliche Verstöße gegen die Datenschutz-Grundverordnung (DSGVO).", "DSGVO")]
    [InlineData("fr", "Il rappelle que le RGPD s'applique de la même manière dans toute l'Union européenne.", "RGPD")]
    [InlineData("es", "El Acuerdo de París obliga a reducir las emisiones.", "Acuerdo de París")]
    public void LawsAndTreatiesHaveOneNameAcrossLanguages(string language, string text, string written)
    {
        var law = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == written));
        Assert.Equal(EntityType.Other, law.Type);
        Assert.Contains(law.Name, new[] { "General Data Protection Regulation", "Paris Agreement" });
    }

    [Theory]
    [InlineData("de", "Der Deutsche Mieterverband (DMV) kritisiert die neuen Nebenkosten scharf.", "Deutsche Mieterverband", "DMV")]
    [InlineData("nl", "Dat meldt de Vereniging Zorgverzekeraars (VZ) dinsdag in een verklaring.", "Vereniging Zorgverzekeraars", "VZ")]
    [InlineData("fr", "Le Conseil supérieur de l’audiovisuel (CSA) a rendu son avis jeudi.", "Conseil supérieur de l’audiovisuel", "CSA")]
    [InlineData("it", "Lo ha annunciato l’Unione delle Province (UDP) in una nota.", "Unione delle Province", "UDP")]
    public void AnAcronymSpelledFromInsideCompoundsAndLowerCaseWordsNamesThoseWords(string language, string text, string name, string acronym)
    {
        var entity = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == acronym));
        Assert.Contains(entity.Mentions, m => m.Text == name);
        Assert.Equal(EntityType.Organisation, entity.Type);
    }

    [Theory]
    [InlineData("en", "In Rome, Carlo Bianchi said prices rose (RCBP).")]
    [InlineData("fr", "Le texte modifie la loi relative aux marchés (LRM) adoptée en 2019.")]
    public void AnAcronymSpelledAcrossAClauseOrFromLowerCaseWordsNamesNoWordsBeforeIt(string language, string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        Assert.DoesNotContain(Recognize(text, language).SelectMany(e => e.Mentions), m => m.Start + m.Length == open - 1);
    }

    [Theory]
    [InlineData("Laut der Gewerkschaft hat die VKTG ihre Mitglieder für Montag zum Warnstreik aufgerufen.", "de", "VKTG")]
    [InlineData("Les contrôleurs de la FNTR ont voté la grève mardi soir à Lyon.", "fr", "FNTR")]
    [InlineData("Shares fell after the regulator told BRK it would reopen the inquiry.", "en", "BRK")]
    public void UndefinedInitialsAreAnOrganisation(string text, string language, string acronym)
    {
        var entity = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == acronym));
        Assert.Equal(EntityType.Organisation, entity.Type);
    }

    [Theory]
    [InlineData("Die KI soll den Kundendienst entlasten, das BIP wuchs dagegen kaum.", "de")]
    [InlineData("Le PIB a progressé, et le PDG veut embaucher des ingénieurs en IA.", "fr")]
    [InlineData("The plant adds 500 MW and the firm plans an IPO, its CEO said on TV.", "en")]
    [InlineData("Louis XIV fit construire le château au XVII siècle.", "fr")]
    [InlineData("BREAKING: FLOODS CUT THE MAIN ROAD NEAR THE RIVER AS RAIN GOES ON.", "en")]
    public void InitialsThatNameThingsUnitsOrNumeralsAreNoOrganisation(string text, string language)
    {
        var entities = Recognize(text, language);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text.Length <= 5 && m.Text.All(char.IsUpper)));
    }

    [Theory]
    [InlineData("Das Bundesministerium für Wirtschaft teilte am Montag mit, die Förderung werde verlängert.", "de", "Bundesministerium für Wirtschaft")]
    [InlineData("Das Landesamt für Umwelt warnte vor Hochwasser an der Mosel.", "de", "Landesamt für Umwelt")]
    // Capitalised adjectives before the head, where adjectives are written small.
    [InlineData("Die Richter des Hanseatischen Oberlandesgerichts wiesen die Berufung zurück.", "de", "Hanseatischen Oberlandesgerichts")]
    [InlineData("Am Abend warnte das Bayerische Landesamt vor Hochwasser.", "de", "Bayerische Landesamt")]
    // In the genitive.
    [InlineData("Eine Studie des Instituts für Verkehrsforschung in Bremen kam zu einem anderen Ergebnis.", "de", "Instituts für Verkehrsforschung")]
    [InlineData("Ein Sprecher des Ministeriums für Landwirtschaft wollte sich nicht äußern.", "de", "Ministeriums für Landwirtschaft")]
    [InlineData("Volgens het Centraal Bureau voor de Statistiek daalde de werkloosheid.", "nl", "Centraal Bureau voor de Statistiek")]
    [InlineData("El Ministerio de Economía anunció el martes nuevas ayudas.", "es", "Ministerio de Economía")]
    [InlineData("Il Ministero dell'Economia ha annunciato nuovi aiuti.", "it", "Ministero dell'Economia")]
    [InlineData("A spokesman for the Department of Health said the figures were provisional.", "en", "Department of Health")]
    [InlineData("Il Tribunale amministrativo regionale del Lazio ha respinto il ricorso.", "it", "Tribunale amministrativo regionale del Lazio")]
    [InlineData("La Cour d'appel de Versailles a confirmé la décision.", "fr", "Cour d'appel de Versailles")]
    // Capitalised adjectives of an official name, and a second link.
    [InlineData("La Gerencia Regional de Salud habilitará un servicio de ambulancias.", "es", "Gerencia Regional de Salud")]
    [InlineData("Unas 6.000 personas, según la Policía Local de Ponferrada, recorrieron las calles.", "es", "Policía Local de Ponferrada")]
    // A qualifier the catalog also knows as a place ("Superior", Wisconsin) goes on with the name when a link follows it.
    [InlineData("La plataforma vecinal recurrirá ante el Tribunal Superior de Justicia de la Comunitat Valenciana esta semana.", "es", "Tribunal Superior de Justicia de la Comunitat Valenciana")]
    [InlineData("El estudio lo firma un equipo de la Universidad de Murcia y del hospital comarcal.", "es", "Universidad de Murcia")]
    [InlineData("La Asociación de Vecinos del Carmen convocó una concentración el jueves.", "es", "Asociación de Vecinos del Carmen")]
    [InlineData("Die Bundesanstalt für Materialforschung prüft die Proben aus dem Werk.", "de", "Bundesanstalt für Materialforschung")]
    [InlineData("La Secretaría de Salud confirmó doce casos nuevos.", "es", "Secretaría de Salud")]
    [InlineData("Un porte-parole de la Collectivité de Bretagne a répondu mardi.", "fr", "Collectivité de Bretagne")]
    [InlineData("Het Rijksinstituut voor Volksgezondheid en Milieu adviseert inwoners om geen groente te eten.", "nl", "Rijksinstituut voor Volksgezondheid en Milieu")]
    // A conjunction and a second link join a second subject of the same body, not another body.
    [InlineData("Lo ha annunciato il Ministero dell’Economia e delle Finanze in una nota di martedì.", "it", "Ministero dell’Economia e delle Finanze")]
    [InlineData("Il Ministero delle Infrastrutture e dei Trasporti ha chiuso la tratta per tre giorni.", "it", "Ministero delle Infrastrutture e dei Trasporti")]
    [InlineData("Il Ministero della Salute e della Regione Lombardia hanno firmato l'accordo.", "it", "Ministero della Salute")]
    // A second link before no capitalised word is no part of the name.
    [InlineData("Lo confirmó la Secretaría de Seguridad Pública de ese estado el lunes.", "es", "Secretaría de Seguridad Pública")]
    [InlineData("Lo informó la Dirección de Tráfico de esa provincia el lunes.", "es", "Dirección de Tráfico")]
    // Capitalised words before a head that nothing links on from, two joined by "and" at most.
    [InlineData("The Food and Drug Administration said it was reviewing the case.", "en", "Food and Drug Administration")]
    [InlineData("A lawyer for the Securities and Exchange Commission declined to comment.", "en", "Securities and Exchange Commission")]
    [InlineData("The U.S. Food and Drug Administration said it was reviewing the case.", "en", "Food and Drug Administration")]
    public void APublicBodyIsOneOrganisationWithItsSubject(string text, string language, string name)
    {
        var body = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, body.Type);
    }

    [Theory]
    [InlineData("Das Landgericht Hamburg gab der Klage am Dienstag statt.", "de", "Landgericht Hamburg")]
    [InlineData("Die Bezirksregierung Düsseldorf warnte die Anwohner.", "de", "Bezirksregierung Düsseldorf")]
    [InlineData("Die Staatsanwaltschaft Krefeld ermittelt wegen fahrlässiger Körperverletzung.", "de", "Staatsanwaltschaft Krefeld")]
    [InlineData("La Fiscalía de Krefeld investiga el accidente.", "es", "Fiscalía de Krefeld")]
    [InlineData("La plataforma entregará las firmas en las Cortes de Castilla y León el jueves.", "es", "Cortes de Castilla y León")]
    [InlineData("El Gobierno de Aragón y la Diputación de Zaragoza firmaron el acuerdo.", "es", "Gobierno de Aragón")]
    [InlineData("Il Governo della Regione Sardegna ha approvato il piano.", "it", "Governo della Regione Sardegna")]
    // Associations, municipal companies and utilities of a place: -verband, -betrieb(e), -werke.
    [InlineData("Der Abwasserverband Leipzig hob die Preise zum Jahresbeginn an.", "de", "Abwasserverband Leipzig")]
    [InlineData("Der Hafenbetrieb Rotterdam meldete einen Rückgang beim Umschlag.", "de", "Hafenbetrieb Rotterdam")]
    [InlineData("Die Stadtwerke Lahr erhöhen die Gaspreise um zwölf Prozent.", "de", "Stadtwerke Lahr")]
    [InlineData("Die Verbraucherzentrale Hamburg rät Kunden, die Verträge zu prüfen.", "de", "Verbraucherzentrale Hamburg")]
    [InlineData("Das Polizeipräsidium Trier sucht Zeugen des Unfalls.", "de", "Polizeipräsidium Trier")]
    // A district the catalog does not know, and no noun of the lexicon.
    [InlineData("Das Landratsamt Oberallgäu prüft den Antrag der Bürgerinitiative.", "de", "Landratsamt Oberallgäu")]
    [InlineData("Das Polizeipräsidium Mittelfranken meldete am Montag zwei Festnahmen.", "de", "Polizeipräsidium Mittelfranken")]
    // Universities, with the capitalised words before the head.
    [InlineData("Die Universität Hamburg streicht 30 Stellen in der Verwaltung.", "de", "Universität Hamburg")]
    [InlineData("Die Akustikforscherin lehrte zuvor an der Technischen Universität Berlin.", "de", "Technischen Universität Berlin")]
    [InlineData("Volgens econoom Pieter Kleinjan van de Erasmus Universiteit Rotterdam is dat onzin.", "nl", "Erasmus Universiteit Rotterdam")]
    [InlineData("De Universiteit Utrecht schrapt dertig banen.", "nl", "Universiteit Utrecht")]
    public void APublicBodyAndThePlaceItServesAreOneOrganisation(string text, string language, string name)
    {
        var body = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, body.Type);
    }

    // A word after a body's head whose ending only nouns have is what the body did, no district ("-ungen").
    [Fact]
    public void ANounAfterABodysHeadIsNoDistrict() =>
        Assert.DoesNotContain(Recognize("Auf dem Gipfel meldete der Wetterdienst Verwehungen von mehr als zwei Metern.", "de"),
            e => e.Mentions.Any(m => m.Text.Contains("Verwehungen", StringComparison.Ordinal)));

    [Fact]
    public void ABodyLedByAPersonIsNoNameOfIt()
    {
        var entities = Recognize("Las medidas del Gobierno de Pedro Sánchez entrarán en vigor el lunes en Madrid.", "es");

        Assert.Contains(entities, e => e is { Name: "Pedro Sánchez", Type: EntityType.Person });
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Gobierno", StringComparison.Ordinal));
    }

    // Where only names are capitalised, a capitalised head opens the name of the capitalised words after it.
    [Theory]
    [InlineData("Ayer la Plataforma Bierzo Sano convocó una manifestación en Ponferrada.", "es", "Plataforma Bierzo Sano")]
    [InlineData("Du côté des patients, la Plateforme Patients Bruxelles appelle au dialogue.", "fr", "Plateforme Patients Bruxelles")]
    [InlineData("Ad Alzira la Cooperativa Citricola Ribera Alta riunisce 1.200 agricoltori.", "it", "Cooperativa Citricola Ribera Alta")]
    [InlineData("De overname moet nog langs de Autoriteit Consument & Markt in Den Haag.", "nl", "Autoriteit Consument & Markt")]
    public void ACapitalisedHeadOpensTheNameAfterIt(string text, string language, string name)
    {
        var body = Recognize(text, language).Single(e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, body.Type);
    }

    // A country's only body of its kind is named by its word alone, in the genitive too; its government and league are not.
    [Theory]
    [InlineData("Das Bundeskartellamt prüft die Übernahme der Molkerei seit März.", "Bundeskartellamt")]
    [InlineData("Der Präsident des Bundeskartellamts kündigte eine Entscheidung an.", "Bundeskartellamts")]
    [InlineData("Die Bundesnetzagentur verlangt von den Betreibern neue Pläne.", "Bundesnetzagentur")]
    public void ACountrysOnlyBodyIsAnOrganisationAlone(string text, string name)
    {
        var body = Recognize(text, "de").Single(e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, body.Type);
    }

    // A capitalised adjective before a word naming a newspaper makes a newspaper's name, a compound's end too; a sentence's
    // first word only where it is made from a place.
    [Theory]
    [InlineData("Wie die Mainzer Rundschau meldet, steigt die Miete im Herbst weiter.", "Mainzer Rundschau")]
    [InlineData("Das sagte die Ministerin dem Bonner Stadt-Anzeiger am Freitag.", "Bonner Stadt-Anzeiger")]
    [InlineData("Der Bericht erschien zuerst im Westfälischen Tageskurier.", "Westfälischen Tageskurier")]
    [InlineData("Kasseler Nachrichten berichteten zuerst über den Plan.", "Kasseler Nachrichten")]
    // A hyphenated compound ending in such a word needs no adjective; "-spiegel" ends a paper's name only in a compound.
    [InlineData("Wie der „Lahn-Dill-Kurier“ berichtet, wurde die Brücke gesperrt.", "Lahn-Dill-Kurier")]
    [InlineData("Der Bürgermeister sagte dem „Siegener Wochenspiegel“, die Brücke bleibe gesperrt.", "Siegener Wochenspiegel")]
    public void AnAdjectiveBeforeANewspaperWordNamesANewspaper(string text, string name)
    {
        var paper = Recognize(text, "de").Single(e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, paper.Type);
    }

    // A preposition opening a sentence is capitalised only for that: no part of the name after it.
    [Theory]
    [InlineData("it", "Da Cagliari, l’Unione Portuali fa sapere di temere tagli tra gli impiegati.", "Cagliari")]
    [InlineData("es", "Con Ryanair, la aerolínea compite en todas las rutas.", "Ryanair")]
    public void ASentencesOpeningPrepositionIsNoPartOfAName(string language, string text, string name) =>
        Assert.Contains(Recognize(text, language), e => e.Mentions.Any(m => m.Text == name));

    // Where only names are capitalised, a capitalised product noun after a comma opens a name, not a description of the
    // place before it.
    [Fact]
    public void ACapitalisedNounAfterACommaDescribesNothing()
    {
        var city = Recognize("En Zaragoza, la Plataforma Vecinal ha convocado una manifestación.", "es").Single(e => e.Mentions.Any(m => m.Text == "Zaragoza"));
        Assert.Equal(EntityType.Place, city.Type);
    }

    [Theory]
    [InlineData("Gute Nachrichten gab es für die Mieter erst am Abend.")]
    [InlineData("Schlechte Post erreichte die Mieter am Montag.")]
    public void ASentencesFirstWordBeforeANewspaperWordIsNoName(string text) =>
        Assert.Empty(Recognize(text, "de"));

    [Theory]
    [InlineData("Die Bundesregierung will die Pläne im Herbst vorlegen.")]
    [InlineData("In der Bundesliga spielt der Verein seit zwei Jahren.")]
    public void AGovernmentOrLeagueWordIsNoBody(string text) =>
        Assert.DoesNotContain(Recognize(text, "de"), e => e.Mentions.Any(m => m.Text.StartsWith("Bundes", StringComparison.Ordinal)));

    [Fact]
    public void WhereAdjectivesComeFirstWordsAfterABodyAreNoPartOfItsName()
    {
        var entities = Recognize("The Commission said of Germany that its deficit was too high.", "en");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.StartsWith("Commission said", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnOfficeHeldIsNoBody()
    {
        var entities = Recognize("Sie trat ihr Amt für zwei Jahre an, sagte Anna Lührmann in Berlin.", "de");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text.StartsWith("Amt", StringComparison.Ordinal)));
    }

    // A head and a common noun after it are no body's name.
    [Fact]
    public void APublicBodysHeadAndANounAfterItAreNoName()
    {
        Assert.Empty(Recognize("Die Behörde Akten zufolge lagen keine Hinweise vor.", "de"));
    }
}
