using Storyline.Entities;

namespace Storyline.Tests.Entities;

public sealed class ShortFormTests
{
    [Theory]
    [InlineData("Wexler", "Dana Wexler", true, true)]
    [InlineData("Dana", "Dana Wexler", true, false)]
    // A middle initial dropped: one person.
    [InlineData("Dana Wexler", "Dana J. Wexler", true, true)]
    [InlineData("Dana Wexler", "Dana J.R. Wexler", true, true)]
    [InlineData("Dana Wexler", "Dana Jo Wexler", true, false)]
    [InlineData("Wexler", "Dana Wexler", false, false)]
    [InlineData("Northgate", "Northgate Ventures", false, true)]
    [InlineData("Ventures", "Northgate Ventures", false, false)]
    // A company named after its trade ("payments", "software") is called by its name without it.
    [InlineData("Brelvo", "Brelvo Payments", false, true)]
    [InlineData("Brelvo", "Brelvo Software", false, true)]
    // Trades and legal forms in other languages: "Chemie", "Digitale", "S.p.A.".
    [InlineData("Kalvora", "Kalvora Chemie GmbH", false, true)]
    [InlineData("Brenzoni", "Brenzoni Digitale S.p.A.", false, true)]
    [InlineData("Brenzoni Digitale", "Brenzoni Digitale S.p.A.", false, true)]
    [InlineData("EIB", "European Investment Bank", false, true)]
    [InlineData("NRF", "National Research Foundation", false, true)]
    [InlineData("BCE", "Banque centrale européenne", false, false)]
    [InlineData("Northgate Ventures", "Northgate Ventures", false, false)]
    [InlineData("Helvara", "Helvara AG", false, true)]
    [InlineData("Google", "Google DeepMind", false, false)]
    [InlineData("Ferrandi", "Farmaceutici Ferrandi", false, true)]
    [InlineData("Sabadell", "Banco Sabadell", false, true)]
    [InlineData("Opinéa", "Institut Opinéa", false, true)]
    [InlineData("Opinéa", "Istituto Opinéa", false, true)]
    [InlineData("Ferrandi", "Laboratorio Ferrandi Roma", false, false)]
    [InlineData("ChatGPT", "ChatGPT Search", false, false)]
    public void RecognisesPrefixesSurnamesAndInitials(string shortName, string longName, bool person, bool expected) =>
        Assert.Equal(expected, ShortForm.Of(shortName, longName, person, Designators));

    private static readonly IReadOnlySet<string> Designators = EntityCues.All(Storyline.Languages.LanguageResources.Embedded).OrganisationDesignators;
}
