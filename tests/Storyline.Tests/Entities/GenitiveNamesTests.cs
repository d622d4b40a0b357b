using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A person whose first name ends like a genitive and names a place without its -s (Jonas, the town Jona) keeps the whole name.</summary>
public sealed class GenitiveNamesTests
{
    [Theory]
    [InlineData("„Wir bauen lieber kleiner“, sagte Firmengründer und Vorstandschef Jonas Kessing in Dresden.", "Jonas Kessing")]
    [InlineData("Jonas Weber, der Finanzvorstand, stellte die Pläne am Montag in Dresden vor.", "Jonas Weber")]
    public void APersonWhoseFirstNameEndsInSKeepsTheWholeName(string text, string person)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name == person);
        Assert.Contains(entities, e => e.Name == "Dresden");
    }
}
