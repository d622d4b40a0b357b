using Storyline.Entities;
using Storyline.Entities.Names;

namespace Storyline.Tests.Entities;

/// <summary>Grouping decisions on mentions given here with the tagger's types, so that the tagger's own reading does not blur them.</summary>
public sealed class EntityGrouperTests
{
    private static readonly EntityCues Cues = EntityCues.All(Storyline.Languages.LanguageResources.Embedded);

    [Fact]
    public void ACompanysShortFormJoinsItEvenWhenTheTaggerReadTheFullNameAsAPerson()
    {
        // The designator makes "Farmaceutici Ferrandi" a company; "Ferrandi", written five times, is its short form,
        // not a surname written far more often than a person's full name.
        const string text = "Farmaceutici Ferrandi. Ferrandi. Ferrandi. Ferrandi. Ferrandi. Ferrandi.";
        var mentions = new List<RawMention> { new(0, 21, "PER") };
        for (var at = text.IndexOf("Ferrandi.", 22, StringComparison.Ordinal); at >= 0; at = text.IndexOf("Ferrandi.", at + 1, StringComparison.Ordinal))
        {
            mentions.Add(new RawMention(at, at + 8, "ORG"));
        }

        var entity = Assert.Single(new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, "en", Cues, []));
        Assert.Equal("Farmaceutici Ferrandi", entity.Name);
        Assert.Equal(EntityType.Organisation, entity.Type);
        Assert.Equal(6, entity.Mentions.Count);
    }

    [Theory]
    [InlineData("de", "Der Hersteller Veltria ruft 40.000 Kopfhörer vom Typ Veltria Pods 2 zurück.", "Veltria", "Veltria Pods 2", EntityType.Product)]
    [InlineData("fr", "Le fabricant Veltria rappelle ses écouteurs Veltria Pods 2.", "Veltria", "Veltria Pods 2", EntityType.Product)]
    // Without a number it may be a part of the company; without the company named alone, a company of its own.
    [InlineData("de", "Der Hersteller Veltria gründet die Veltria Audio Labs.", "Veltria", "Veltria Audio Labs", EntityType.Organisation)]
    [InlineData("de", "Der Hersteller Norvik kauft die Veltria Audio 2.", "Norvik", "Veltria Audio 2", EntityType.Organisation)]
    public void AnOrganisationNamedAfterAnotherAndNumberedIsItsProduct(string language, string text, string company, string name, EntityType type)
    {
        var (c, at) = (text.IndexOf(company + " ", StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal));
        var mentions = new List<RawMention> { new(c, c + company.Length, "ORG"), new(at, at + name.Length, "ORG") };

        var entities = new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, language, Cues, []);

        Assert.Equal(type, Assert.Single(entities, e => e.Name == name).Type);
        Assert.Equal(EntityType.Organisation, Assert.Single(entities, e => e.Name != name).Type);
    }

    [Theory]
    // Introduced in full, then written by surname however often: one person (the surname alone, a "person" only ever
    // written as one word, would be an organisation).
    [InlineData("Der Gewerkschafter Hanno Wirtzfeld ist tot. Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld.", "Hanno Wirtzfeld", 1)]
    // Written alone far more often, and first: a name of its own, not the surname of a later person.
    [InlineData("Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld. Wirtzfeld. Der Sprecher Hanno Wirtzfeld sagte.", "Hanno Wirtzfeld", 2)]
    public void ASurnameJoinsThePersonNamedInFullBeforeIt(string text, string fullName, int entities)
    {
        var start = text.IndexOf(fullName, StringComparison.Ordinal);
        var mentions = new List<RawMention> { new(start, start + fullName.Length, "PER") };
        for (var at = text.IndexOf("Wirtzfeld.", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Wirtzfeld.", at + 1, StringComparison.Ordinal))
        {
            if (at != start + fullName.Length - "Wirtzfeld".Length)
            {
                mentions.Add(new RawMention(at, at + 9, "PER"));
            }
        }

        var grouped = new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, "de", Cues, []);
        Assert.Equal(entities, grouped.Count);
        Assert.Contains(grouped, e => e.Name == fullName && e.Type == EntityType.Person);
    }

    [Fact]
    public void ASurnameTwoPeopleShareStaysAPerson()
    {
        // Neither full name takes "Wirtzfeld" alone, which is still no company: the family is people.
        const string text = "Hanno Wirtzfeld verkaufte das Bild. Seine Enkelin Mira Wirtzfeld klagt. Die Familie Wirtzfeld hofft.";
        var mentions = new List<RawMention>();
        foreach (var (name, type) in new[] { ("Hanno Wirtzfeld", "PER"), ("Mira Wirtzfeld", "PER"), ("Familie Wirtzfeld", "") })
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add(type == "" ? new RawMention(start + 8, start + name.Length, "PER") : new RawMention(start, start + name.Length, type));
        }

        var grouped = new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, "de", Cues, []);
        Assert.Contains(grouped, e => e is { Name: "Wirtzfeld", Type: EntityType.Person });
    }

    [Theory]
    [InlineData("de", "Die Berliner Entwickler ziehen im Juli an die Spree.", "Berliner")]
    [InlineData("de", "Viele Wiener Firmen melden Kurzarbeit an.", "Wiener")]
    [InlineData("fr", "Les Singapouriens sont parmi les premiers clients.", "Singapouriens")]
    [InlineData("fr", "Les Lyonnais ont voté dimanche.", "Lyonnais")]
    public void APlacesPeopleOrAdjectiveIsNoEntity(string language, string text, string word)
    {
        Assert.Empty(Group([At(text, word, "LOC")], text, language));
    }

    [Theory]
    // Nationality words the tagger typed as anything, used as adjectives.
    [InlineData("Pilots at Dutch carrier Zeewind began a strike.", "Dutch", "ORG")]
    [InlineData("The Israeli army said the delegation had left.", "Israeli", "LOC")]
    [InlineData("Many Italian engineers work there.", "Italian", "MISC")]
    public void NationalityWordsAreNoEntities(string text, string word, string type)
    {
        Assert.Empty(Group([At(text, word, type)], text, "en"));
    }

    [Theory]
    // A family name written first, a Thai given name: the word alone after the titled name in full is that person,
    // whatever the tagger read it as.
    [InlineData("en", "President Xi Jinping met the delegation. Later, Xi said the talks were frank.", "Xi Jinping", "Xi", "PER")]
    [InlineData("de", "Der frühere Ministerpräsident Thaksin Shinawatra lebt im Exil. Thaksin sagte, er wolle zurückkehren.", "Thaksin Shinawatra", "Thaksin", "LOC")]
    public void TheFirstWordOfATitledPersonsNameIsThatPerson(string language, string text, string name, string word, string type)
    {
        var mentions = new List<RawMention> { At(text, name, "PER"), new(text.LastIndexOf(word, StringComparison.Ordinal), text.LastIndexOf(word, StringComparison.Ordinal) + word.Length, type) };

        var entity = Assert.Single(Group(mentions, text, language));
        Assert.Equal((name, EntityType.Person, 2), (entity.Name, entity.Type, entity.Mentions.Count));
    }

    [Theory]
    // No title: a company named like a person ("Marlow Finch") keeps its short name apart.
    [InlineData("Marlow Finch opened an office. Marlow said it would hire.", "Marlow Finch", "Marlow")]
    // Two names open with the word.
    [InlineData("Minister Anna Brevik met Anna Kolstad. Anna said nothing.", "Anna Brevik", "Anna")]
    public void OtherwiseTheFirstWordStaysApart(string text, string name, string word)
    {
        var mentions = new List<RawMention> { At(text, name, "PER"), new(text.LastIndexOf(word, StringComparison.Ordinal), text.LastIndexOf(word, StringComparison.Ordinal) + word.Length, "ORG") };
        if (text.Contains("Kolstad", StringComparison.Ordinal))
        {
            mentions.Add(At(text, "Anna Kolstad", "PER"));
        }

        Assert.DoesNotContain(Group(mentions, text, "en"), e => e.Name == name && e.Mentions.Count > 1);
    }

    [Theory]
    // Ends like "Israeli" and comes before a verb as a nationality comes before its noun, but is written like a brand.
    [InlineData("Last month, VeltrAI announced that it was opening an office.", "VeltrAI", "ORG")]
    [InlineData("Last month, DeepGeni announced that it was opening an office.", "DeepGeni", "ORG")]
    // Initials: nationality words have small letters.
    [InlineData("The FBI said it would investigate.", "FBI", "ORG")]
    // Read as a person: a surname only ends like "Israeli" or "French".
    [InlineData("In July, Gingrich cynically dismissed the plan.", "Gingrich", "PER")]
    [InlineData("Yesterday Pelosi said the vote would be held.", "Pelosi", "PER")]
    public void ANameWrittenOtherwiseOrReadAsAPersonIsNoNationality(string text, string name, string type)
    {
        Assert.Single(Group([At(text, name, type)], text, "en"));
    }

    [Theory]
    // Not a place's people: a first name, the place itself.
    [InlineData("de", "Am Montag lobte Werner die Mannschaft.", "Werner", "PER")]
    [InlineData("de", "In Essen stand am Montag der Verkehr still.", "Essen", "LOC")]
    // Not a nationality: English nationality words end so; German and Italian names that do are names there.
    [InlineData("de", "Am Abend erklärte Ulrich dem Ausschuss seine Gründe.", "Ulrich", "PER")]
    [InlineData("it", "Ieri Ferrari ha presentato la nuova vettura.", "Ferrari", "ORG")]
    public void NamesThatEndLikeAPlacesPeopleStay(string language, string text, string word, string type)
    {
        Assert.Single(Group([At(text, word, type)], text, language));
    }

    [Theory]
    // A tagger that never learnt Italian reads places it meets alone as people; no title, no full name: the region or city
    // the catalog knows, under its English name.
    [InlineData("it", "Il sistema ha inviato un allarme agli abitanti di Eindhoven.", "Eindhoven", "Eindhoven")]
    [InlineData("it", "Interessa i movimenti autonomisti, dal Veneto alla Sardegna.", "Sardegna", "Sardinia")]
    [InlineData("es", "La consejera defendió que Euskadi no puede mirar hacia otro lado.", "Euskadi", "Basque Country")]
    // After a word that places it, a town of ten thousand people is enough.
    [InlineData("it", "Il corridore ha vinto la tappa di Pesaro in volata.", "Pesaro", "Pesaro")]
    [InlineData("nl", "De bus reed gisteren naar Emmen en terug.", "Emmen", "Emmen")]
    [InlineData("de", "Der Wein wird in Freiburg, Offenburg und Lahr verkauft.", "Offenburg", "Offenburg")]
    public void AOneWordPersonTheCatalogKnowsAsALargePlaceIsThatPlace(string language, string text, string word, string name)
    {
        var entity = Assert.Single(Group([At(text, word, "PER")], text, language));
        Assert.Equal((name, EntityType.Place), (entity.Name, entity.Type));
    }

    [Theory]
    // A title, or a full name the word ends, keeps the person: the place reading is only for a "person" who is none.
    [InlineData("en", "Senator Jordan said the vote would wait.", "Jordan")]
    [InlineData("en", "Michael Jordan retired. On Monday Jordan said he was happy.", "Jordan")]
    public void AOneWordPersonWithATitleOrAFullNameStaysAPerson(string language, string text, string word)
    {
        var mentions = new List<RawMention>();
        foreach (var name in new[] { "Michael Jordan", word })
        {
            var start = text.LastIndexOf(name, StringComparison.Ordinal);
            if (start >= 0 && !mentions.Any(m => m.Start <= start && start < m.End))
            {
                mentions.Add(new RawMention(start, start + name.Length, "PER"));
            }
        }

        var entities = Group(mentions, text, language);
        Assert.All(entities, e => Assert.Equal(EntityType.Person, e.Type));
        Assert.DoesNotContain(entities, e => e.Name == word && e.Mentions.Count == 1 && mentions.Count > 1);
    }

    [Fact]
    public void ASurnameInTheGenitiveJoinsThePersonNamedInFull()
    {
        const string text = "Der Präsident des Gerichts, Winfried Hassemer, äußerte sich. Die Äußerungen Hassemers blieben ohne Antwort.";

        var entity = Assert.Single(Group([At(text, "Winfried Hassemer", "PER"), At(text, "Hassemers", "ORG")], text, "de"));

        Assert.Equal(("Winfried Hassemer", EntityType.Person, 2), (entity.Name, entity.Type, entity.Mentions.Count));
    }

    [Theory]
    // A one-word "person" is a company ("Lumora said"), unless it is a known first name ...
    [InlineData("de", "Im Finale traf Moritz zweimal für die Gastgeber.", "Moritz", EntityType.Person)]
    [InlineData("en", "On Monday Lumora said the recall was over.", "Lumora", EntityType.Organisation)]
    // ... or one that "he" or "she" takes up; "it" is no such pronoun, nor is one after another person named between.
    [InlineData("en", "The Times gave Okafor a glowing endorsement. She has long been an advocate.", "Okafor", EntityType.Person)]
    [InlineData("en", "On Monday Lumora said the recall was over. It said the cases were safe.", "Lumora", EntityType.Organisation)]
    public void AOneWordPersonIsACompanyUnlessAFirstName(string language, string text, string word, EntityType type)
    {
        var entity = Assert.Single(Group([At(text, word, "PER")], text, language));
        Assert.Equal(type, entity.Type);
    }

    [Fact]
    public void APronounAfterAnotherPersonIsThatPersons()
    {
        const string text = "Kestrel hired Anna Brevik in May. She said the plan was sound.";

        var entities = Group([At(text, "Kestrel", "PER"), At(text, "Anna Brevik", "PER")], text, "en");

        Assert.Contains(entities, e => e is { Name: "Kestrel", Type: EntityType.Organisation });
    }

    [Theory]
    // A law, a treaty or a declaration is a text, whatever body or place in its name the tagger read.
    [InlineData("en", "Spain signed the Washington Principles in 1998.", "Washington Principles", "LOC", EntityType.Other)]
    [InlineData("en", "The General Data Protection Regulation applies to the app.", "General Data Protection Regulation", "ORG", EntityType.Other)]
    [InlineData("fr", "Le parti a adopté le Manifeste de Tours en juin.", "Manifeste de Tours", "ORG", EntityType.Other)]
    [InlineData("es", "España firmó los Principios de Washington.", "Principios de Washington", "ORG", EntityType.Other)]
    // Two words opening with such a word are a company's name.
    [InlineData("en", "Charter Communications lost 200,000 customers.", "Charter Communications", "ORG", EntityType.Organisation)]
    public void ANameEndingInALawOrTreatyWordIsAText(string language, string text, string name, string tagged, EntityType type)
    {
        var entity = Assert.Single(Group([At(text, name, tagged)], text, language));
        Assert.Equal((name, type), (entity.Name, entity.Type));
    }

    [Fact]
    public void AnUnknownPlaceWrittenWithAnInnerCapitalIsAProduct()
    {
        const string text = "Die Nutzer von VoxaLink in Lyon sind zufrieden.";
        var entities = Group([new RawMention(15, 23, "LOC"), new RawMention(27, 31, "LOC")], text, "de");
        Assert.Equal([("VoxaLink", EntityType.Product), ("Lyon", EntityType.Place)], entities.Select(e => (e.Name, e.Type)));
    }

    [Theory]
    // A thing the tagger read (MISC) that is told something, listed with an organisation or described as one.
    [InlineData("en", "“We will hire in Lyon,” Marc Petit tells Tessaly.", "Tessaly")]
    [InlineData("en", "The deal values it above companies like Kestrelwerk and Tessaly.", "Tessaly")]
    [InlineData("en", "The lab was bought by Tessaly, a Lyon start-up.", "Tessaly")]
    public void AThingTheTaggerReadIsAnOrganisationWhereTheTextSaysSo(string language, string text, string name)
    {
        var mentions = new List<RawMention>();
        foreach (var (written, type) in new[] { (name, "MISC"), ("Kestrelwerk", "ORG"), ("Lyon", "LOC") })
        {
            var at = text.IndexOf(written, StringComparison.Ordinal);
            if (at >= 0)
            {
                mentions.Add(new RawMention(at, at + written.Length, type));
            }
        }

        Assert.Contains(Group(mentions, text, language), e => e.Name == name && e.Type == EntityType.Organisation);
    }

    [Theory]
    // An apposition describes; a clause after the comma does not ("den das Unternehmen", "où l'application").
    [InlineData("en", "Kyutai released Lumen, an AI-powered voice assistant, in July.", "Lumen", "LOC", EntityType.Product)]
    [InlineData("fr", "Kyutai a lancé Lumen, l'assistant vocal du laboratoire.", "Lumen", "MISC", EntityType.Product)]
    [InlineData("de", "Der Rückruf der Vindro Pods, den das Unternehmen am Montag ankündigte, kostet Millionen.", "Vindro Pods", "MISC", EntityType.Other)]
    [InlineData("fr", "En Kervalie, où l'application revendique 350 000 utilisateurs, la plainte avance.", "Kervalie", "LOC", EntityType.Place)]
    public void ANameDescribedAsAProductIsOne(string language, string text, string name, string tagged, EntityType type)
    {
        var entity = Assert.Single(Group([At(text, name, tagged)], text, language));
        Assert.Equal((name, type), (entity.Name, entity.Type));
    }

    [Fact]
    public void APlaceTheCatalogKnowsIsAProductWhereTheTextDescribesItSo()
    {
        // Moshi is a city in Tanzania.
        const string text = "The lab released Moshi, an AI-powered voice assistant.";
        var entity = Assert.Single(Group([At(text, "Moshi", "LOC")], text, "en"));
        Assert.Equal(EntityType.Product, entity.Type);
    }

    [Theory]
    // Written like a brand, as no first name is: a product line, not a person.
    [InlineData("Le catalogue compte aussi ChatGPT Search depuis octobre.", "ChatGPT Search", EntityType.Product)]
    [InlineData("Les clients d'iPhone Studio ont été remboursés.", "iPhone Studio", EntityType.Product)]
    [InlineData("Le joueur LeBron James a signé.", "LeBron James", EntityType.Person)]
    public void ATwoWordPersonWhoseFirstWordIsWrittenLikeABrandIsAProduct(string text, string name, EntityType type)
    {
        var entity = Assert.Single(Group([At(text, name, "PER")], text, "fr"));
        Assert.Equal(type, entity.Type);
    }

    [Fact]
    public void NamesListedWithAProductAreProducts()
    {
        // "VoxaLink" is written like a product; the list passes its type on, one name at a time.
        const string text = "L'offre compte VoxaLink, Canvas ou Vellora.";
        var mentions = new List<RawMention> { At(text, "VoxaLink", "LOC"), At(text, "Canvas", "ORG"), At(text, "Vellora", "LOC") };

        Assert.All(Group(mentions, text, "fr"), e => Assert.Equal(EntityType.Product, e.Type));
    }

    // The mention of the first `name` in the text, tagged `type`.
    private static RawMention At(string text, string name, string type)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new RawMention(start, start + name.Length, type);
    }

    private static IReadOnlyList<Entity> Group(List<RawMention> mentions, string text, string language) =>
        new EntityGrouper(NameCatalog.Embedded).Group(mentions, text, language, Cues.WithOwnLanguage(EntityCues.For(Storyline.Languages.LanguageResources.Embedded, language)), []);

    // A "person" that holds a country, a region or a large city and no first name is an organisation's name; with a first
    // name, or a place two lists give as a first name, it stays a person.
    [Theory]
    [InlineData("nl", "Eerlijk Zeeland wil dat het ziekenhuis openblijft.", "Eerlijk Zeeland", EntityType.Organisation)]
    [InlineData("es", "Sevilla Común exige más vivienda pública.", "Sevilla Común", EntityType.Organisation)]
    [InlineData("nl", "Staten van Zeeland willen een motie.", "Staten van Zeeland", EntityType.Organisation)]
    [InlineData("de", "Heinz Berlin wohnt in Lahr.", "Heinz Berlin", EntityType.Person)]
    [InlineData("en", "Florence Warbeck lives in Lahr.", "Florence Warbeck", EntityType.Person)]
    public void APersonNamedAfterALargePlaceWithNoFirstNameIsAnOrganisation(string language, string text, string name, EntityType type)
    {
        var mention = new RawMention(0, name.Length, "PER");
        var entity = Assert.Single(new EntityGrouper(NameCatalog.Embedded).Group([mention], text, language, Cues, []));
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    // The tagger read the district as a thing or an organisation; the district's noun after the hyphens makes it a place.
    [InlineData("Der Main-Kinzig-Kreis baut eine neue Schule.", "Main-Kinzig-Kreis", "MISC")]
    [InlineData("Der Landrat des Saale-Orla-Kreises widersprach.", "Saale-Orla-Kreises", "ORG")]
    public void NamesJoinedToADistrictsNounAreThatDistrict(string text, string name, string read)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var mention = new RawMention(start, start + name.Length, read);
        var entity = Assert.Single(new EntityGrouper(NameCatalog.Embedded).Group([mention], text, "de", Cues, []));
        Assert.Equal(EntityType.Place, entity.Type);
    }
}
