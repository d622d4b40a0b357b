using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>
/// An association's noun, a capitalised adjective and its noun make one organisation's name, whatever the tagger read inside
/// it; a bank house's name opens with "Bankhaus".
/// </summary>
public sealed class AssociationNamesTests
{
    [Theory]
    // A mountain inside the name is no place there.
    [InlineData("Gegen den Steinbruch protestiert die Bürgerinitiative Unberührter Watzmann seit Jahren.", "Bürgerinitiative Unberührter Watzmann")]
    [InlineData("Kritik kam vom Bündnis Faire Mieten, das 40 Vereine vertritt.", "Bündnis Faire Mieten")]
    [InlineData("Nach Angaben des Aktionsbündnisses kündigte das Aktionsbündnis Bezahlbares Wohnen Dresden weitere Proteste an.", "Aktionsbündnis Bezahlbares Wohnen Dresden")]
    [InlineData("Der Verein Deutscher Ingenieure warnte vor einem Mangel an Fachkräften.", "Verein Deutscher Ingenieure")]
    // A town's name after "Bankhaus" is the bank's.
    [InlineData("Das Bankhaus Greifenberg finanziert die Übernahme.", "Bankhaus Greifenberg")]
    [InlineData("Für die Analystin Jana Roth vom Bankhaus Greifenberg ist der Preis angemessen.", "Bankhaus Greifenberg")]
    public void AnAssociationsNameRunsOverItsAdjective(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        var association = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, association.Type);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place && e.Mentions.All(m => name.Contains(m.Text, StringComparison.Ordinal)));
    }

    // A noun after the association's noun is its object, no name: the sentence goes on in small letters.
    [Theory]
    [InlineData("Weil die Gewerkschaft Mitglieder verliert, erhöht sie die Beiträge.")]
    [InlineData("Damit der Verein Spenden erhält, braucht er einen Nachweis.")]
    public void NoNameWithoutAnAdjective(string text) =>
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize(text, "de"), e => e.Type == EntityType.Organisation);
}
