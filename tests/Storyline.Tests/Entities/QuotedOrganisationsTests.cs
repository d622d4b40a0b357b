using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>A name in quotation marks right after a noun for a publication or an organisation is that organisation.</summary>
public sealed class QuotedOrganisationsTests
{
    [Theory]
    [InlineData("de", "Selbst die linksliberale Wochenzeitschrift „Grüner Anker“ hatte den Plan kritisiert.", "Grüner Anker")]
    [InlineData("de", "Die Wochenzeitung „Die Brücke“ berichtete am Montag über den Streit.", "Die Brücke")] // an article opens it
    [InlineData("de", "Das sagte er der Tageszeitung „Westerwälder Bote“ am Montag.", "Westerwälder Bote")]
    [InlineData("de", "Der Bürgermeister sprach im Sender „Radio Kaltenbach“ über die Pläne.", "Radio Kaltenbach")]
    [InlineData("fr", "Selon le quotidien « Le Réveil normand », le maire a démissionné.", "Le Réveil normand")]
    [InlineData("fr", "Le journal « Courrier de l'Estuaire » a révélé l'affaire.", "Courrier de l'Estuaire")] // joining words inside
    [InlineData("en", "The weekly “Harbour Times” reported the sale on Monday.", "Harbour Times")]
    // A noun for an organisation.
    [InlineData("de", "Ralf Dittrich, der in Schierke den Gasthof „Tannenblick“ betreibt, ist besorgt.", "Tannenblick")]
    // A name whose last word, or its compound's end, is a newspaper's, whatever stands before it.
    [InlineData("de", "Am Ufer der Mosel stieg das Wasser. Wie der „Mosel-Hunsrück-Kurier“ berichtet, haben Anwohner 300 Unterschriften gesammelt.", "Mosel-Hunsrück-Kurier")]
    [InlineData("de", "Das sagte der Bürgermeister dem „Westerwälder Landboten“ am Montag.", "Westerwälder Landboten")]
    public void ANameInMarksAfterANounForAPublicationOrAnOrganisationIsOne(string language, string text, string name)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        var publication = Assert.Single(entities, e => e.Mentions.Any(m => m.Text == name));
        Assert.Equal(EntityType.Organisation, publication.Type);
    }

    // A film's title, words that end in small letters, a noun for something else.
    [Theory]
    [InlineData("de", "Er wurde mit dem Film „Das Boot im Nebel“ bekannt.")]
    [InlineData("de", "Die Zeitung „wusste es schon immer“, spottete der Minister.")]
    [InlineData("de", "Die Zeitung zitierte „Wir schaffen das“ als Beispiel.")]
    public void NoPublication(string language, string text)
    {
        var entities = EntityRecognizer.Default.Recognize(text, language);

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organisation);
    }
}
