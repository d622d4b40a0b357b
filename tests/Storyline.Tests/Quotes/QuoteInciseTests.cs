using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// A quote that ends in a question or an exclamation goes on, in lower case, with the clause that says who spoke, whatever
/// its verb; French joins the subject pronoun to that verb.
/// </summary>
public sealed class QuoteInciseTests
{
    [Theory]
    [InlineData("fr", "Le roboticien Matthias Wendt défend un projet civil. « Faut-il arrêter de faire des mathématiques ? », interroge-t-il.", "Matthias Wendt", "interroge-t-il")]
    [InlineData("fr", "La directrice Ayşe Demir a répondu sans attendre. « Une hausse ? Jamais ! », ironise-t-elle.", "Ayşe Demir", "ironise-t-elle")]
    [InlineData("fr", "Le ministre Paul Durand a parlé longuement. « Pourquoi attendre encore ? » s'interroge Marie Lenoir, la maire.", "Marie Lenoir", "interroge")]
    [InlineData("en", "The mayor, John Smith, spoke first. \"Why should we wait any longer?\" wondered Jane Doe, the council leader.", "Jane Doe", "wondered")]
    public void TheClauseAfterAQuestionNamesTheSpeaker(string language, string text, string speaker, string cue)
    {
        string[] people = ["Matthias Wendt", "Ayşe Demir", "Paul Durand", "Marie Lenoir", "John Smith", "Jane Doe"];
        var named = Of(text, [.. people.Where(text.Contains).Select(p => Person(p))]);
        var quote = QuoteRecognizer.Default.Recognize(text, language, named).Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void AQuestionThatEndsItsSentenceNamesNoOne()
    {
        var text = "The mayor, John Smith, spoke first. \"Why should we wait any longer?\" The question hung over the meeting.";
        var quote = QuoteRecognizer.Default.Recognize(text, "en", Of(text, Person("John Smith"))).Single(q => q.Kind == QuoteKind.Direct);
        Assert.Null(quote.Cue);
    }
}
