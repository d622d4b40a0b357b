using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>Where every noun has a capital, a one-word "name" the noun lexicon lists is a noun, unless something speaks for a name.</summary>
public sealed class LexiconNounsTests
{
    [Theory]
    [InlineData("Seit Freitagmorgen fahren die Busse der Verkehrsbetriebe wieder nach Fahrplan.", "Fahrplan")]
    [InlineData("Ein neues Mittel gegen Migräne hat in einer großen Studie die Zahl der Anfallstage deutlich gesenkt.", "Migräne")]
    [InlineData("Die Bande soll vor allem Scheunen und Werkstätten in Dörfern zwischen Daun und Gerolstein heimgesucht haben.", "Dörfern")]
    // A surname and a first name too, which the tagger reads as a person, but the article writes it after an article; and
    // the verb after it, which the tagger ran on, ends no name.
    [InlineData("Der Wolf, der im Oktober an der Hunte 38 Schafe gerissen hat, darf vorerst nicht getötet werden. "
        + "„Ein Wolf, der Schafe reißt, tut das, was Wölfe tun“, sagte die Vorsitzende Maren Ohlsen.", "Wolf")]
    [InlineData("Der Wolf riss in der Nacht drei Schafe. Jäger halten den Wolf für gefährlich.", "Wolf")]
    // The tagger takes the word alone for a place, but the article writes it after an article too.
    [InlineData("Die Promenade in Cochem stand unter Wasser. Auf der Promenade sammelten sich Schaulustige.", "Promenade")]
    // A compound the lexicon knows by its last part, joined by a conjunction to a noun no name holds.
    [InlineData("Die Firma sei vor allem bei Industriepumpen für Kraftwerke und Chemieparks stark.", "Chemieparks")]
    // A preposition joined to an article ("im") is an article too.
    [InlineData("„Die Bücherei ist der einzige öffentliche Ort im Dorf, der nichts kostet“, sagte die Vorsitzende Gesa Thormählen.", "Dorf")]
    public void ANounTheTaggerReadAsANameFromWhereItStandsIsNone(string text, string noun)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.DoesNotContain(entities.SelectMany(e => e.Mentions), m => m.Text == noun);
    }

    [Theory]
    [InlineData("Die Bande soll vor allem Scheunen und Werkstätten in Dörfern zwischen Daun und Gerolstein heimgesucht haben.", "Daun")]
    [InlineData("Die Ostsee war im August so warm wie nie zuvor.", "Ostsee")] // the tagger knows it alone
    [InlineData("Wer in Essen studiert, zahlt weniger Miete als in München.", "Essen")] // the catalog knows it
    [InlineData("Die Soldaten der Bundeswehr kehren aus Litauen zurück.", "Bundeswehr")] // the alias table knows it
    [InlineData("Trainer Koch lobte nach dem Spiel die Abwehr.", "Koch")] // a title before it
    [InlineData("Thomas Müller traf zweimal. Müller sagte danach, die Mannschaft habe Moral gezeigt.", "Müller")] // in a longer name
    [InlineData("Die Grünen-Abgeordnete Julia Wolf kritisiert den Abschuss. Der Wolf sei geschützt, sagte Wolf.", "Wolf")]
    public void ANameTheLexiconAlsoListsStaysWhereSomethingSpeaksForIt(string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, "de");

        Assert.Contains(entities.SelectMany(e => e.Mentions), m => m.Text == name);
    }
}
