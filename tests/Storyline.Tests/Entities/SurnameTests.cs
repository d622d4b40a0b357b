using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A person named by surname alone: after the full name, or after a title, it is still the person.</summary>
public sealed class SurnameTests
{
    [Fact]
    public void ASurnameAfterTheFullNameIsThePersonNotTheTownOfThatName()
    {
        // The catalog knows a town called Obama (Japan), and the tagger reads the name opening a sentence as a place.
        var entities = EntityRecognizer.Default.Recognize("Barack Obama spoke on Monday. He said more. Obama said the climate was changing.", "en");

        var obama = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == "Obama"));
        Assert.Equal("Barack Obama", obama.Name);
        Assert.Equal(EntityType.Person, obama.Type);
    }

    [Theory]
    // A title in another case keeps the surname after it a person, as the title in the nominative does.
    [InlineData("Die Delegation traf sich am Montag mit dem Präsidenten Okafor.", "Präsidenten")]
    [InlineData("Die Rede des Ex-Ministerpräsidenten Okafor dauerte zwei Stunden.", "Ex-Ministerpräsidenten")]
    public void AnInflectedTitleIsATitle(string text, string title)
    {
        var cues = EntityCues.All(Storyline.Languages.LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(Storyline.Languages.LanguageResources.Embedded, "de"));

        Assert.True(TitledNames.IsTitle(title, cues));
        Assert.Contains(EntityRecognizer.Default.Recognize(text, "de"), e => e is { Name: "Okafor", Type: EntityType.Person });
    }

    // Legal and professional roles are titles too: the name after one is a person, whatever the tagger read.
    [Theory]
    [InlineData("Der Prozess gegen den Händler begann am Montag. Sein Verteidiger Jörg Blessing kündigte an, sein Mandant werde schweigen.", "Verteidiger", "Jörg Blessing")]
    [InlineData("Die Klage wurde am Freitag eingereicht, sagte Rechtsanwältin Marta Lindqvist in Lahr.", "Rechtsanwältin", "Marta Lindqvist")]
    public void ARoleBeforeANameIsATitle(string text, string title, string person)
    {
        var cues = EntityCues.All(Storyline.Languages.LanguageResources.Embedded).WithOwnLanguage(EntityCues.For(Storyline.Languages.LanguageResources.Embedded, "de"));

        Assert.True(TitledNames.IsTitle(title, cues));
        Assert.Contains(EntityRecognizer.Default.Recognize(text, "de"), e => e.Name == person && e.Type == EntityType.Person);
    }

    [Fact]
    public void APlaceNamedBeforeAPersonWhoseSurnameItIsStaysThePlace()
    {
        var entities = EntityRecognizer.Default.Recognize("Washington was quiet. Denzel Washington spoke in Washington.", "en");

        Assert.Contains(entities, e => e is { Name: "Washington", Type: EntityType.Place });
        Assert.Contains(entities, e => e is { Name: "Denzel Washington", Type: EntityType.Person });
    }

    [Fact]
    public void ASurnameOrAFirstNameOfSomeoneNamedInFullIsThatPersonsWhateverTheTaggerRead()
    {
        // The English tagger reads these Dutch names alone as a place and a company; the family is named in full first.
        const string text = "The museum will return the painting to the descendants of Salomon Leefsma, an Amsterdam merchant. "
            + "According to the museum, Leefsma was forced to sell the work in 1941. "
            + "Hannah Leefsma, Salomon's granddaughter, welcomed the decision.";

        var entities = EntityRecognizer.Default.Recognize(text, "en");

        Assert.All(entities.Where(e => e.Name.Contains("Leefsma", StringComparison.Ordinal) || e.Name == "Salomon"),
            e => Assert.Equal(EntityType.Person, e.Type));
        Assert.Contains(entities, e => e.Name == "Salomon Leefsma");
        Assert.Contains(entities, e => e.Mentions.Any(m => m.Text == "Leefsma"));
        Assert.Contains(entities, e => e.Mentions.Any(m => m.Text == "Salomon"));
    }

    [Fact]
    public void OneWordAfterATitleIsAPersonNotABrand()
    {
        var entities = EntityRecognizer.Default.Recognize("Mr. Clarke said he relies on coal.", "en");

        var clarke = Assert.Single(entities);
        Assert.Equal(EntityType.Person, clarke.Type);
    }

    [Theory]
    // A place in the genitive, a title after a title, and the first word of a longer capitalised run are no surnames.
    [InlineData("Der Sprecher Berlins lehnte ab.", "Berlins")]
    [InlineData("Der Minister Präsident der Kommission lehnte ab.", "Präsident")]
    [InlineData("Er sprach am Mittwoch mit dem Chef Mittwoch nicht.", "Mittwoch")]
    public void AWordAfterATitleThatIsNoSurnameStaysOut(string text, string word)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Text == word));
    }

    [Theory]
    // A title, a compound ending in one, or an abbreviated title and its full stop; a town in Japan is called Obama, and
    // "Mr." says who is meant.
    [InlineData("de", "Bundesinnenminister Reiswitz nannte den Vorschlag unausgegoren.", "Reiswitz")]
    [InlineData("de", "Der Bericht sei eine Ente, sagte SPD-Innenexperte Wolkenhauer am Montag.", "Wolkenhauer")]
    [InlineData("de", "Grünen-Politikerin Quendlinger sprach von einem Skandal.", "Quendlinger")]
    [InlineData("en", "More than health care, race or the economy, Mr. Obama believes his efforts matter.", "Obama")]
    [InlineData("en", "The senator spoke. Dr. Hargreaves believes the plan works.", "Hargreaves")]
    [InlineData("fr", "Le ministre a parlé. M. Lecornu a déclaré que le budget était prêt.", "Lecornu")]
    [InlineData("de", "Laut Bericht glaubt Dr. Hargreaves an den Plan.", "Hargreaves")]
    public void OneWordAfterATitleIsAPersonEvenWhereATownHasThatName(string language, string text, string surname)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var person = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == surname));
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void AFirstNameAndSurnameAfterATitleAreOnePersonWhereTheTaggerReadAPlace()
    {
        // The tagger reads "Sabine" (a region of Italy) as a place and leaves "Droste" out.
        var entities = EntityRecognizer.Default.Recognize("Oberbürgermeisterin Sabine Droste sprach von einem schweren Tag.", "de");

        var person = Assert.Single(entities);
        Assert.Equal(("Sabine Droste", EntityType.Person), (person.Name, person.Type));
    }

    [Fact]
    public void ANameWithAMiddleInitialIsOnePerson()
    {
        var entities = EntityRecognizer.Default.Recognize("Another critic, Laurence H. Tribe, called the rules unlawful.", "en");

        var person = Assert.Single(entities);
        Assert.Equal(("Laurence H. Tribe", EntityType.Person), (person.Name, person.Type));
    }

    [Fact]
    public void AWeekdayAfterATitleIsNoSurname()
    {
        var entities = EntityRecognizer.Default.Recognize("He spoke as commander in chief Wednesday about the fleet.", "en");

        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Text == "Wednesday"));
    }

    [Fact]
    public void AWordTheTaggerTookInBeforeASurnameIsCut()
    {
        const string text = "Die Bürgermeisterin Claire Morvan gewann die Wahl. Für Deutschland sei das gut, da Morvan als Europäerin gelte.";

        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var morvan = Assert.Single(entities, e => e.Mentions.Any(m => m.Text.Contains("Morvan", StringComparison.Ordinal)));
        Assert.Equal("Claire Morvan", morvan.Name);
        Assert.DoesNotContain(morvan.Mentions, m => m.Text == "da Morvan");
    }

    [Theory]
    [InlineData("Bilder von Vincent van Gogh. Später malte van Gogh in Arles.", "Vincent van Gogh", "van Gogh", "van Gogh")]
    [InlineData("Die Bürgermeisterin Claire Morvan gewann, da Morvan als Europäerin gilt.", "Claire Morvan", "da Morvan", "Morvan")]
    public void ALeadingLowerCaseWordIsCutUnlessTheFullNameHasIt(string text, string full, string written, string kept)
    {
        var fullStart = text.IndexOf(full, StringComparison.Ordinal);
        var start = text.IndexOf(written, fullStart + full.Length, StringComparison.Ordinal);
        List<RawMention> mentions = [new(fullStart, fullStart + full.Length, "PER"), new(start, start + written.Length, "PER")];

        var cut = MentionSpreader.WithoutLeadingWords(mentions, text);

        Assert.Equal(kept, text[cut[1].Start..cut[1].End]);
    }
}
