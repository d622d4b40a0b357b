using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>
/// A person and where they come from ("Anouk Peeters van Venlo") are two names; a particle inside a person's name
/// ("Wouter van der Linden") and a preposition the tagger ran on with ("Sanne de Wilde van") are not.
/// </summary>
public sealed class PersonOriginsTests
{
    [Fact]
    public void APlaceAfterAFullNameAndAPrepositionIsAPlaceOfItsOwn()
    {
        var entities = EntityRecognizer.Default.Recognize("Burgemeester Anouk Peeters van Venlo zei dat er geen reden is voor paniek.", "nl");

        Assert.Contains(entities, e => e is { Name: "Anouk Peeters", Type: EntityType.Person });
        Assert.Contains(entities, e => e is { Name: "Venlo", Type: EntityType.Place });
    }

    [Fact]
    public void AnOrganisationTheArticleNamesOnItsOwnIsCutFromThePerson()
    {
        var text = "Noordwind Airlines schrapt vluchten. Bij Noordwind staat alles stil. Topvrouw Maud Verschoor van Noordwind noemde de actie onverantwoordelijk.";
        var entities = EntityRecognizer.Default.Recognize(text, "nl");

        Assert.Contains(entities, e => e.Name == "Maud Verschoor" && e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name.Contains("van Noordwind", StringComparison.Ordinal));
    }

    // After a first name and a surname, a name the article writes alone elsewhere, though the tagger read it as a person
    // there too, is the union the person speaks for; after two first names ("Carl Maria von Weber" … "Weber") it stays.
    [Fact]
    public void ANameWrittenAloneAfterAFullNameAndAPrepositionIsCutEvenReadAsAPerson()
    {
        var text = "Vakbondsafgevaardigde Sandra Claessens van Solara zei dat er te weinig personeel is. Een nieuw voorstel van Solara ligt op tafel.";
        var entities = EntityRecognizer.Default.Recognize(text, "nl");

        Assert.Contains(entities, e => e is { Name: "Sandra Claessens", Type: EntityType.Person });
        Assert.Contains(entities, e => e is { Name: "Solara", Type: EntityType.Organisation });
    }

    // After a first name and a surname, a preposition says whom the person is of, whether or not the article names it
    // elsewhere; an article after the preposition is no part of the name.
    [Theory]
    [InlineData("nl", "Gemeenteraadslid Thijs Vermeulen van Nieuw Midden noemde het plan onverstandig.", "Thijs Vermeulen", "Nieuw Midden")]
    [InlineData("nl", "Volgens longarts Yvonne ter Beek van het Willibrordus is de wachtlijst te lang.", "Yvonne ter Beek", "Willibrordus")]
    // A word for organisations after the preposition: the first name need not be a known one, and in Spanish a name link cuts.
    [InlineData("nl", "De fusie gaat door, zegt analist Sanne Vos van Bank Oudegracht.", "Sanne Vos", "Bank Oudegracht")]
    [InlineData("es", "La fusión sigue, según la economista Lucía Ferrer de Banco Turia.", "Lucía Ferrer", "Banco Turia")]
    // A first name one list gives, with no gender: the surname after it is still no first name.
    [InlineData("nl", "Raadslid Gerrit Nijhof van Gemeentebelangen Deventer stemde tegen.", "Gerrit Nijhof", "Gemeentebelangen Deventer")]
    public void AnyNameAfterAFullNameAndAPrepositionIsWhomThePersonIsOf(string language, string text, string person, string organisation)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.Contains(entities, e => e.Name == person && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Name == organisation && e.Type == EntityType.Organisation);
    }

    [Theory]
    [InlineData("Carl Maria von Weber schrieb die Oper 1821. Weber starb 1826 in London.", "Carl Maria von Weber")]
    [InlineData("Johann Wolfgang von Goethe schrieb den Faust in Weimar. Goethe starb 1832.", "Johann Wolfgang von Goethe")]
    [InlineData("Carl Maria von Weber komponierte in Dresden.", "Carl Maria von Weber")]
    public void AParticleBeforeANameThatIsNoPlaceOrOrganisationStaysInTheName(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Contains(entities, e => e.Name == name && e.Type == EntityType.Person);
    }

    [Fact]
    public void APrepositionTheTaggerRanOnWithEndsNoName()
    {
        var entities = EntityRecognizer.Default.Recognize("Dit is precies het soort zaak, zegt privacyjurist Sanne de Wilde van het kantoor in Amsterdam.", "nl");

        Assert.Contains(entities, e => e.Name == "Sanne de Wilde");
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" van", StringComparison.Ordinal));
    }
}
