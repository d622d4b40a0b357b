using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A title in quotation marks right after a noun for a work or an event names that work, type other.</summary>
public sealed class QuotedWorksTests
{
    [Theory]
    [InlineData("de", "Ein Jahr später erschien sein Buch „Mit Vollgas durch die Heide“, in dem er die Reise beschreibt.", "Mit Vollgas durch die Heide")]
    [InlineData("de", "Die Band spielte ihr drittes Album „Asche und Zimt“ in voller Länge.", "Asche und Zimt")]
    [InlineData("de", "Am Freitag beginnt zum sechsten Mal das Festival „Seeleuchten“ am Plauer See.", "Seeleuchten")] // a product before
    [InlineData("de", "Bundesweit bekannt wurde der Fall durch die Fernsehreportage „Der Fuchs vom Moor“.", "Der Fuchs vom Moor")] // a compound's end
    [InlineData("de", "Die Ausstellung „Holz, Stein und Licht“ zeigt Arbeiten aus drei Jahrzehnten.", "Holz, Stein und Licht")]
    [InlineData("en", "The band will play its new album “Salt and Copper” at the festival.", "Salt and Copper")]
    [InlineData("fr", "Le musée a restitué le tableau « Paysage d'hiver avec moulin » aux héritiers.", "Paysage d'hiver avec moulin")]
    [InlineData("nl", "De rekenkamer waarschuwde al in het rapport “Open ramen in het stadhuis” voor de risico's.", "Open ramen in het stadhuis")]
    public void ATitleAfterANounForAWorkIsThatWork(string language, string text, string title)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var work = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == title));
        Assert.Equal(EntityType.Other, work.Type);
        // The title's words are no names of their own ("Fuchs" is no organisation).
        Assert.DoesNotContain(entities, e => e != work && e.Mentions.Any(m => title.Contains(m.Text, StringComparison.Ordinal)));
    }

    // A sentence in marks after such a noun is a quotation; a title after another noun is no work.
    [Theory]
    [InlineData("de", "Im Buch heißt es: „Wir waren jung. Wir wussten nichts.“")]
    [InlineData("de", "Die Bäckerei verkauft ihr Brot „Goldkruste“ seit Jahren.")]
    public void NoWork(string language, string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Other);
    }
}
