using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>
/// A name the tagger read across two spaces (text pasted from a page keeps them) must not break the spreading; a surname
/// with a capitalised particle keeps it when written alone.
/// </summary>
public sealed class MentionSpreaderTests
{
    [Fact]
    public void APersonReadAcrossTwoSpacesIsKeptAsRead()
    {
        const string text = "So planen Osnabrücker ihren Urlaub  Osnabrück. Urlaub  Osnabrück ist ausgebucht.";
        var mention = new RawMention(28, 45, "PER");

        var kept = MentionSpreader.WithoutLeadingWords([mention], text);

        Assert.Equal([mention], kept);
    }

    [Theory]
    [InlineData("nl", "Directeur Marc Van Hove toonde begrip. ‘Ik kan geen geld drukken’, zei Van Hove dinsdag in Brussel.", "Marc Van Hove", "Van Hove")]
    [InlineData("en", "Councillor Youssef El Amrani was furious on Tuesday. El Amrani said the guarantee had been worthless.", "Youssef El Amrani", "El Amrani")]
    // Dutch writes the particle small after a first name and with a capital without one.
    [InlineData("nl", "Oprichter Arie van Wijngaarden blijft aandeelhouder. Van Wijngaarden begon het bedrijf dertig jaar geleden, zei Van Wijngaarden tegen de krant.", "Arie van Wijngaarden", "Van Wijngaarden")]
    // Two particles, too.
    [InlineData("nl", "Volgens directeur Eveline van der Kooij wordt Sagunto een knooppunt. Van der Kooij verwacht dat het lukt.", "Eveline van der Kooij", "Van der Kooij")]
    public void ASurnameKeepsItsCapitalisedParticle(string language, string text, string name, string surname)
    {
        var person = EntityRecognizer.Default.Recognize(text, language).Single(e => e.Type == EntityType.Person);
        Assert.Equal(name, person.Name);
        Assert.Contains(person.Mentions, m => m.Text == surname);
    }
}
