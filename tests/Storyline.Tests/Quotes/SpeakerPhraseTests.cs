using Storyline.Evaluation.Quotes;
using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>A speaker named by words that are no entity is kept as written (<see cref="Quote.SpeakerText"/>); the speaker stays null.</summary>
public sealed class SpeakerPhraseTests
{
    [Theory]
    [InlineData("de", "„Wir haben alle Zugänge gesperrt“, sagte der Einsatzleiter.", "der Einsatzleiter")]
    [InlineData("de", "„Der Zug stand zwei Stunden still“, sagte am Montag eine Pendlerin.", "eine Pendlerin")]
    [InlineData("de", "Ein Augenzeuge erklärte: „Das Dach brach in der Mitte ein.“", "Ein Augenzeuge")]
    [InlineData("de", "Der Leiter des Krisenstabs sagte: „Wir rechnen mit weiteren Regenfällen.“", "Der Leiter des Krisenstabs")]
    [InlineData("en", "“We will reopen the bridge on Friday,” a county engineer said.", "a county engineer")]
    [InlineData("en", "“The water is safe to drink again,” said a senior health official.", "a senior health official")]
    [InlineData("fr", "« Les travaux dureront six mois », a précisé un responsable de la mairie.", "un responsable de la mairie")]
    // A document the words are read in.
    [InlineData("de", "„Die Löhne steigen um drei Prozent“, heißt es in einem Schreiben des Verbandes.", "einem Schreiben des Verbandes")]
    [InlineData("fr", "« Les comptes sont sincères », peut-on lire dans le rapport annuel.", "le rapport annuel")]
    [InlineData("de", "„Die Schließung ist unumgänglich“, so heißt es in einem Schreiben des Vorstands.", "einem Schreiben des Vorstands")]
    // A time word between a determiner and its noun stands inside the phrase.
    [InlineData("de", "„Ich trete zurück“, heißt es in einer gestern verbreiteten Erklärung.", "einer gestern verbreiteten Erklärung")]
    [InlineData("de", "„Wir bleiben bei unserem Kurs“, sagte der am Montag gewählte Vorsitzende.", "der am Montag gewählte Vorsitzende")]
    // A paper named in marks after the cue, shown as written.
    [InlineData("de", "„Die Brücke ist seit Jahren marode“, schreibt die „Rheinpost“.", "die „Rheinpost“")]
    [InlineData("fr", "« Le pont est fragile depuis des années », écrit « La Vigie du Nord ».", "« La Vigie du Nord »")]
    // One word before the verb, which the text also writes with a capital inside a sentence: a name, not an adverb.
    [InlineData("de", "Am Landgericht leitete Richter Seidling die Verhandlung. Seidling sagte: „Das Urteil fällt am Freitag.“", "Seidling")]
    // Inflected adjectives between a determiner and the next noun, after the first noun.
    [InlineData("de", "Vertreter der örtlichen freiwilligen Feuerwehr nannten den Einsatz „gefährlich und unnötig“.", "Vertreter der örtlichen freiwilligen Feuerwehr")]
    public void WordsThatNameNoEntityAreKeptAsWritten(string language, string text, string words)
    {
        var quote = Only(text, language);
        Assert.Null(quote.Speaker);
        Assert.Equal(words, quote.SpeakerText);
    }

    [Theory]
    // A named speaker needs no words.
    [InlineData("de", "„Wir haben alle Zugänge gesperrt“, sagte Einsatzleiterin Anna Keller.")]
    // After a verb, a bare word is its object where nouns are not capitalised.
    [InlineData("en", "“We are hiring in Paris,” she tells Sifted.")]
    // A pronoun, or a word that opens the sentence before its verb: no one named.
    [InlineData("de", "„Die Lage ist ernst“, sagte er.")]
    [InlineData("de", "Weiter hieß es: „Die Lage ist ernst.“")]
    public void NoWordsWhereTheAttributionNamesNobodyOrAnEntity(string language, string text)
    {
        var quote = Only(text, language, Person("Anna Keller"));
        Assert.Null(quote.SpeakerText);
    }

    [Fact]
    public void AReportedClauseKeepsTheWordsOfItsSubject()
    {
        var quotes = QuoteRecognizer.Default.Recognize("Der Bürgermeister sagte, dass die Brücke am Freitag wieder öffne.", "de", []);
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Null(quote.Speaker);
        Assert.Equal("Der Bürgermeister", quote.SpeakerText);
    }

    [Fact]
    public void AQuoteThatGoesOnKeepsTheWordsOfTheOneBefore()
    {
        var text = "„Wir haben alle Zugänge gesperrt“, sagte der Einsatzleiter. „Niemand darf in die Halle.“";
        var quotes = QuoteRecognizer.Default.Recognize(text, "de", []);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("der Einsatzleiter", q.SpeakerText));
    }

    [Theory]
    [InlineData("Der Demonstrationsleiter", "der Demonstrationsleiter", true)]
    [InlineData("ein Sprecher der Polizei", "Die Polizei", true)]
    [InlineData("die Polizei", "die Feuerwehr", false)]
    [InlineData(null, "der Einsatzleiter", false)]
    public void WordsShownMatchAGoldSpanByAWordThatIsNoDeterminer(string? gold, string words, bool match) =>
        Assert.Equal(match, SpeakerMatch.MatchesShown(gold, null, words, [], new HashSet<string>(["der", "die", "das", "ein", "eine"])));
}
