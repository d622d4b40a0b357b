using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>What the tagger takes along with a name and the cleaner trims.</summary>
public sealed class MentionCleanerTests
{
    [Theory]
    [InlineData("Die App Kestrel Live übersetzt Gespräche.", "de", "App Kestrel Live", "Kestrel Live")]
    [InlineData("Das Start-up Kestrel sammelt Geld ein.", "de", "Start-up Kestrel", "Kestrel")]
    [InlineData("Son application Kestrel Live traduit 38 langues.", "fr", "application Kestrel Live", "Kestrel Live")]
    [InlineData("The Kestrel Live app translates 38 languages.", "en", "Kestrel Live", "Kestrel Live")]
    public void NounsThatIntroduceAnOrganisationOrAProductAreCut(string text, string language, string tagged, string name) =>
        AssertCleaned(text, language, tagged, "MISC", name);

    [Theory]
    // A title word after a capitalised article inside a name is the second half of the surname.
    [InlineData("M. Bruno Le Maire a appelé au dialogue.", "fr", "Bruno Le Maire", "Bruno Le Maire")]
    // A title after the name is still cut.
    [InlineData("Selon Jean Dupont Président du club, tout va bien.", "fr", "Jean Dupont Président", "Jean Dupont")]
    public void ATitleWordEndsASurnameOnlyAfterACapitalisedArticle(string text, string language, string tagged, string name) =>
        AssertCleaned(text, language, tagged, "PER", name);

    // A lower-case conjunction the tagger ran on with ends no name.
    [Theory]
    [InlineData("Empresas de la Región de Murcia y de Huelva.", "es", "Región de Murcia y", "Región de Murcia")]
    [InlineData("Firmen aus Hamburg und aus Bremen.", "de", "Hamburg und", "Hamburg")]
    public void ATrailingConjunctionIsCut(string text, string language, string tagged, string name) =>
        AssertCleaned(text, language, tagged, "LOC", name);

    // Where nouns are capitalised, a person is named without an article: the word after one is the article's noun.
    [Theory]
    [InlineData("Er will nach dem Abschluss des Falls Vandermolen aufhören.", "de", "Falls Vandermolen", "Vandermolen")]
    [InlineData("Die Anwälte des Angeklagten Vandermolen schweigen.", "de", "Angeklagten Vandermolen", "Vandermolen")]
    // A first name after an article stays ("der Angela Merkel" in spoken German), and a capitalised article opens a sentence.
    [InlineData("Das Buch der Angela Vandermolen erscheint.", "de", "Angela Vandermolen", "Angela Vandermolen")]
    public void AWordAfterALowerCaseArticleOpensNoPersonsName(string text, string language, string tagged, string name) =>
        AssertCleaned(text, language, tagged, "PER", name);

    private static void AssertCleaned(string text, string language, string tagged, string type, string name)
    {
        var mention = Clean(text, tagged, type, EntityCues.For(LanguageResources.Embedded, language));

        Assert.NotNull(mention);
        Assert.Equal(name, text[mention.Start..mention.End]);
    }

    [Theory]
    // Where nouns are capitalised, another language's noun for an organisation is the first word of a name written in it.
    [InlineData("Das Werk gehört zum Chemiekonzern Gruppo Vantorelli S.p.A. aus Bergamo.", "de", "Gruppo Vantorelli S.p.A.")]
    [InlineData("Die Bank gehört zur Groupe Vantorelli mit Sitz in Lyon.", "de", "Groupe Vantorelli")]
    // The article's own noun still introduces the name.
    [InlineData("Die Firma Vantorelli hat Sitz in Bergamo.", "de", "Vantorelli")]
    public void AnotherLanguagesNounForAnOrganisationOpensANameWrittenInIt(string text, string language, string name)
    {
        var tagged = name == "Vantorelli" ? "Firma Vantorelli" : name;
        var mention = Clean(text, tagged, "ORG", AllCues(language));

        Assert.NotNull(mention);
        Assert.Equal(name, text[mention.Start..mention.End]);
    }

    [Theory]
    // The tagger read the designator as a place of its own and the rest as the name: a capitalised designator right
    // before a name opens it (and the place after is cut off by OrganisationOrigins).
    [InlineData("fr", "L’équipe du Politecnico Subalpino de Turin, associée à des chercheurs allemands, affirme avoir réussi.", "Politecnico Subalpino")]
    [InlineData("de", "Das Werk gehört seit 2019 zum Gruppo Vantorelli S.p.A. mit Sitz in Bergamo.", "Gruppo Vantorelli S.p.A.")]
    public void ACapitalisedDesignatorBeforeANameOpensIt(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);
        Assert.Contains(entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text == name));
    }

    [Theory]
    // A year or a century before a name dates it.
    [InlineData("Spain endorsed the 1998 Westbury Principles on looted art.", "en", "1998 Westbury Principles", "Westbury Principles")]
    [InlineData("El cuadro del pintor del siglo XVII Adriaen Molvaart vuelve a casa.", "es", "XVII Adriaen Molvaart", "Adriaen Molvaart")]
    // A hyphenated compound ending in a product or organisation noun describes the name after it.
    [InlineData("Die Daten seiner Fitness-App Vindro gingen nach London.", "de", "Fitness-App Vindro", "Vindro")]
    // A lower-case word after a hyphen is no part of the name before it.
    [InlineData("The data went to London-based ad firm Adquiro.", "en", "London-based", "London")]
    // A number alone, or a name made of numerals, is left whole.
    [InlineData("Louis XIV built Versailles.", "fr", "Louis XIV", "Louis XIV")]
    // A preposition that opens the sentence ("according to", "after", "against") is no part of the name after it.
    [InlineData("Según Berenguer, la planta abrirá en 2027.", "es", "Según Berenguer", "Berenguer")]
    [InlineData("Tras Iberdrola, otras eléctricas bajaron.", "es", "Tras Iberdrola", "Iberdrola")]
    [InlineData("Secondo Ferraresi, il partito vale il 7%.", "it", "Secondo Ferraresi", "Ferraresi")]
    [InlineData("Contro Selvani si sono schierati i sindacati.", "it", "Contro Selvani", "Selvani")]
    [InlineData("Über Talbrück hatten Privatleute damals Geld angelegt.", "de", "Über Talbrück", "Talbrück")]
    [InlineData("Trotz Feldkontor blieb der Markt ruhig.", "de", "Trotz Feldkontor", "Feldkontor")]
    public void DatesDescribingCompoundsLowerCaseTailsAndOpeningPrepositionsAreCut(string text, string language, string tagged, string name)
    {
        var mention = Clean(text, tagged, "MISC", AllCues(language));

        Assert.NotNull(mention);
        Assert.Equal(name, text[mention.Start..mention.End]);
    }

    [Theory]
    // A short syllable after a short one ends a given name; an adjective's end is cut, after a person's name too.
    [InlineData("North Korean leader Kim Jong-un met the envoy.", "en", "Kim Jong-un", "Kim Jong-un")]
    [InlineData("UN-Generalsekretär Ban Ki-moon erhielt den Bericht.", "de", "Ban Ki-moon", "Ban Ki-moon")]
    [InlineData("Former president Lee Myung-bak was absent.", "en", "Lee Myung-bak", "Lee Myung-bak")]
    [InlineData("The Donald Trump-era tariffs stayed.", "en", "Donald Trump-era", "Donald Trump")]
    [InlineData("The Tony Blair-led government fell.", "en", "Tony Blair-led", "Tony Blair")]
    public void AHyphenatedGivenNameKeepsItsSmallSyllable(string text, string language, string tagged, string name)
    {
        var mention = Clean(text, tagged, "PER", AllCues(language));

        Assert.NotNull(mention);
        Assert.Equal(name, text[mention.Start..mention.End]);
    }

    [Theory]
    // Where nouns are capitalised, one word with a lower-case tail is a borrowed noun; in English it is a name and an adjective.
    [InlineData("Das Start-up wurde 2023 gegründet.", "de", "Start-up", false)]
    [InlineData("Ihm fehlt das Know-how dafür.", "de", "Know-how", false)]
    [InlineData("The data went to London-based ad firm Adquiro.", "en", "London-based", true)]
    public void OneCapitalisedWordWithALowerCaseTailIsANameOnlyWhereNounsAreNotCapitalised(string text, string language, string tagged, bool kept)
    {
        Assert.Equal(kept, Clean(text, tagged, "LOC", AllCues(language)) is not null);
    }

    [Theory]
    // A legal form closes the name and makes it an organisation, whatever the tagger read.
    [InlineData("Il gruppo Selvani S.p.A. di Bergamo ha comunicato.", "it", "Selvani S.p.A. di Bergamo", "PER", "Selvani S.p.A.", "ORG")]
    [InlineData("Die Deutsche Bank AG Frankfurt meldete Gewinne.", "de", "Deutsche Bank AG Frankfurt", "ORG", "Deutsche Bank AG", "ORG")]
    [InlineData("Die Technische Universität Berlin forscht.", "de", "Technische Universität Berlin", "ORG", "Technische Universität Berlin", "ORG")]
    // Where nouns are capitalised, a compound that describes the organisation is cut, unless one word would be left.
    [InlineData("Der Softwarekonzern Trivella Digitale S.p.A. verlor.", "de", "Softwarekonzern Trivella Digitale S.p.A.", "ORG", "Trivella Digitale S.p.A.", "ORG")]
    [InlineData("Der Sparkassenverband Bayern warnte.", "de", "Sparkassenverband Bayern", "ORG", "Sparkassenverband Bayern", "ORG")]
    // A company noun at the end of the compound describes even a one-word name.
    [InlineData("Der Chemiekonzern Kalvora eröffnete ein Werk.", "de", "Chemiekonzern Kalvora", "ORG", "Kalvora", "ORG")]
    [InlineData("Der Softwarehersteller Brenvik wächst.", "de", "Softwarehersteller Brenvik", "ORG", "Brenvik", "ORG")]
    // Before initials, any describing compound.
    [InlineData("Die Lokführergewerkschaft NVL streikt.", "de", "Lokführergewerkschaft NVL", "ORG", "NVL", "ORG")]
    // A place's adjective before a describing compound goes with it.
    [InlineData("Der Schweizer Pharmakonzern Korvane AG übernimmt Orsini.", "de", "Schweizer Pharmakonzern Korvane AG", "ORG", "Korvane AG", "ORG")]
    [InlineData("Die Berliner Sparkasse meldet Gewinne.", "de", "Berliner Sparkasse", "ORG", "Berliner Sparkasse", "ORG")]
    // An engineering office is a company described by its kind.
    [InlineData("Geplant wird die Anlage vom Koblenzer Ingenieurbüro Talwerk Steinbach KG.", "de", "Koblenzer Ingenieurbüro Talwerk Steinbach KG", "ORG", "Talwerk Steinbach KG", "ORG")]
    // A start-up is a company: its compound describes a one-word name after a place's adjective.
    [InlineData("Das Osnabrücker Agrartechnik-Start-up Feldfunk sammelt Geld.", "de", "Osnabrücker Agrartechnik-Start-up Feldfunk", "ORG", "Feldfunk", "ORG")]
    public void ALegalFormClosesAnOrganisationAndADescribingCompoundIsCut(string text, string language, string tagged, string type, string name, string cleanType)
    {
        // Every language's designators, as the recognizer reads them: "S.p.A." is listed once for all.
        var mention = Clean(text, tagged, type, AllCues(language));

        Assert.NotNull(mention);
        Assert.Equal(name, text[mention.Start..mention.End]);
        Assert.Equal(cleanType, mention.ConllType);
    }

    [Theory]
    // A verb the tagger ran on splits one "person" into two names.
    [InlineData("Die Ministerin Hanne Liebscher nannte Ines Halvorsen eine Zockerin.", "Hanne Liebscher nannte Ines Halvorsen", "PER", "Hanne Liebscher|Ines Halvorsen")]
    [InlineData("Yesterday Ines Halvorsen said Monday was late.", "Ines Halvorsen said Monday", "PER", "Ines Halvorsen|Monday")]
    // Particles stay: they are prepositions or articles of some language, or short.
    [InlineData("Dann sprach Ursula von der Leyen lange.", "Ursula von der Leyen", "PER", "Ursula von der Leyen")]
    [InlineData("Le peintre Vincent van Gogh est né aux Pays-Bas.", "Vincent van Gogh", "PER", "Vincent van Gogh")]
    [InlineData("Il ritratto di Piero della Francesca è esposto.", "Piero della Francesca", "PER", "Piero della Francesca")]
    // Other names keep their lower-case words.
    [InlineData("L'Unione europea ha deciso.", "Unione europea", "ORG", "Unione europea")]
    public void APersonTheTaggerRanOnIsSplitAtAWordThatIsNoParticle(string text, string tagged, string type, string pieces)
    {
        var cues = EntityCues.All(LanguageResources.Embedded);
        var (tokens, first, end) = Tagged(text, tagged, cues);

        var found = MentionCleaner.PersonPieces(first, end, type, tokens, cues)
            .Select(p => text[tokens[p.Start].Start..tokens[p.End - 1].End]);

        Assert.Equal(pieces.Split('|'), found);
    }

    [Theory]
    [InlineData("en", "The study was published in the Journal of Cathode Frontiers on Tuesday.", "Journal of Cathode Frontiers")]
    [InlineData("it", "Lo studio, pubblicato sulla rivista Journal of Cathode Frontiers, indica che le celle funzionano.", "Journal of Cathode Frontiers")]
    // A hospital named by its kind first, which the tagger reads as a person.
    [InlineData("de", "Das deutsch-belgische Klinikum Hohenfeld in Eupen schließt zum 1. März seine Geburtsstation.", "Klinikum Hohenfeld")]
    [InlineData("en", "The Klinikum Hohenfeld in Eupen will close its maternity ward in March.", "Klinikum Hohenfeld")]
    public void ANameTheTaggerFoundRunsBackToTheDesignatorAndLinkBeforeIt(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);
        Assert.Contains(entities, e => e.Name == name && e.Type == EntityType.Organisation);
    }

    [Theory]
    [InlineData("Der Softwarekonzern Trivella Digitale S.p.A. aus Mailand verlor vor Gericht.", "Trivella Digitale S.p.A.")]
    // The tagger finds "Rhenova" alone: the name runs on over both designators.
    [InlineData("Im Werk des Unternehmens Rhenova Chemie GmbH in Krefeld gab es einen Unfall.", "Rhenova Chemie GmbH")]
    // A charity's legal form starts with a small letter (gemeinnützige GmbH); a health insurer names itself by its kind.
    [InlineData("Die Saalewald Kliniken gGmbH, die das Haus mit 96 Betten betreibt, will die Station schließen.", "Saalewald Kliniken gGmbH")]
    [InlineData("Die Nordlicht Krankenkasse zahlt ab Juli mehr für Hebammen in Kiel.", "Nordlicht Krankenkasse")]
    [InlineData("Mit der Elbtal Krankenkasse streitet das Klinikum Dresden seit Monaten über Rechnungen.", "Elbtal Krankenkasse")]
    public void ANameTheTaggerFoundRunsOnToTheLegalFormAfterIt(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");
        Assert.Contains(entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text == name));
    }

    // The tagger reads a compound noun opening the name as a common noun and finds the place and the legal form, or the
    // legal form alone: the name runs back to the article. Not over a noun for companies, nor to a sentence's first word.
    [Theory]
    [InlineData("de", "Die Gewürzkontor Hanse GmbH beschäftigt 40 Mitarbeiter in Bremen.", "Gewürzkontor Hanse GmbH")]
    [InlineData("de", "Der Geschäftsführer der Käsekontor Allgäu GmbH wurde verurteilt.", "Käsekontor Allgäu GmbH")]
    [InlineData("de", "Die Teekontor GmbH beschäftigt heute noch 24 Mitarbeiter.", "Teekontor GmbH")]
    [InlineData("de", "Der Chemiekonzern Kalvora GmbH baut 300 Stellen ab.", "Kalvora GmbH")]
    // A registered society's form has a small first letter; "& Co." joins a second legal form; a service provider is a company noun.
    [InlineData("de", "Gegen den Bau klagt die Bürgerinitiative Lechtal e.V. vor dem Verwaltungsgericht.", "Bürgerinitiative Lechtal e.V.")]
    [InlineData("de", "Der Konzern übernimmt die Brandauer Fördertechnik GmbH & Co. KG für 200 Millionen Euro.", "Brandauer Fördertechnik GmbH & Co. KG")]
    [InlineData("de", "Die Beschäftigten des Zahlungsdienstleisters Paylinq Services GmbH streiken seit Montag.", "Paylinq Services GmbH")]
    // A supplier is a company noun; a place's adjective and a noun for organisations describe a longer name after them.
    [InlineData("de", "Der Autozulieferer Brennecke Fahrzeugteile GmbH streicht 200 Stellen.", "Brennecke Fahrzeugteile GmbH")]
    [InlineData("de", "Die Studie des Hamburger Herstellers Nordkamp Pharma AG wurde kritisiert.", "Nordkamp Pharma AG")]
    public void ALegalFormTakesTheCapitalisedWordsBeforeIt(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);
        Assert.Contains(entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text == name));
    }

    // A registered society's form is written with dots and a small first letter; "&" joins two words of a name; a noun
    // for organisations before the name is no part of it, in the genitive too.
    [Theory]
    [InlineData("Geklagt hatte der Verein Sauber & Fair e.V. aus Kassel.", "Sauber & Fair e.V.")]
    [InlineData("Nach Angaben des Naturschutzvereins Grün & Blau e.V. sank der Bestand.", "Grün & Blau e.V.")]
    [InlineData("Die Deutsche Tierhilfe e.V. hatte im Mai geklagt.", "Deutsche Tierhilfe e.V.")]
    [InlineData("Mehrere Verlage, darunter die Kölner Brinkmann Medien, haben Klage eingereicht.", "Brinkmann Medien")]
    public void ASocietysNameRunsOverItsFormAndAmpersand(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");
        Assert.Contains(entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text == name));
    }

    private static EntityCues AllCues(string language) =>
        EntityCues.All(LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, language));

    // The tokens of the text and the token range [first, end) the tagger is taken to have read as the name `tagged`.
    // A place's adjective and a noun for a company, with no name after them, describe one named elsewhere; a bank's name stays.
    [Theory]
    [InlineData("Dort wurden nach Angaben des Innsbrucker Händlers rund 6.000 Geräte verkauft.", "Innsbrucker Händlers", false)]
    [InlineData("Der Münchner Autobauer will 2.000 Stellen streichen.", "Münchner Autobauer", false)]
    [InlineData("Die Berliner Bank meldet Gewinne.", "Berliner Bank", true)]
    public void APlaceAdjectiveAndACompanyNounNameNoOne(string text, string tagged, bool kept)
    {
        var mention = Clean(text, tagged, "ORG", AllCues("de"));

        Assert.Equal(kept, mention is not null);
    }

    private static (IReadOnlyList<Token> Tokens, int First, int End) Tagged(string text, string tagged, EntityCues cues)
    {
        var tokens = new Tokenizer(cues.Elisions).Tokenize(text).ToList();
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        return (tokens, tokens.FindIndex(t => t.Start == start), tokens.FindIndex(t => t.End == start + tagged.Length) + 1);
    }

    private static RawMention? Clean(string text, string tagged, string type, EntityCues cues)
    {
        var (tokens, first, end) = Tagged(text, tagged, cues);
        return MentionCleaner.Clean(first, end, type, tokens, cues, 0);
    }
}
