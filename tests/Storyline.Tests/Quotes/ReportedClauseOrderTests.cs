using Storyline.Quotes;
using static Storyline.Tests.Quotes.QuoteTestEntities;

namespace Storyline.Tests.Quotes;

/// <summary>
/// Where a reported clause without a conjunction always follows a comma ([clause-order] of quotes.txt: German, Dutch), the
/// words right after the reporting verb are the verb's own, not a clause as in English ("said he will").
/// </summary>
public sealed class ReportedClauseOrderTests
{
    private static IReadOnlyList<Quote> Indirect(string text, string language, params (string, Storyline.Entities.EntityType, string)[] names) =>
        [.. QuoteRecognizer.Default.Recognize(text, language, Of(text, names)).Where(q => q.Kind == QuoteKind.Indirect)];

    [Fact]
    public void ThePronounRightAfterTheVerbIsItsSubjectNotAClause() =>
        Assert.Empty(Indirect("„Guten Tag, da bin ich wieder“, mit diesen Worten meldete er sich auf der Pressekonferenz zurück.", "de"));

    [Fact]
    public void TheClauseComesAfterTheCommaThatEndsTheVerbsOwnWords()
    {
        var text = "Die Anwältin Judith Amrhein sagte dem „Kölner Morgenspiegel“, das Urteil sei „ein wichtiges Signal“.";
        var quote = Assert.Single(Indirect(text, "de", Person("Judith Amrhein")));

        Assert.Equal("das Urteil sei „ein wichtiges Signal“", quote.Text);
        Assert.Equal("Judith Amrhein", quote.Speaker);
    }

    [Fact]
    public void AnInfinitiveClauseNeedsNoComma()
    {
        var text = "De toezichthouder zegt de uitspraak met belangstelling te hebben gelezen.";

        Assert.Equal("de uitspraak met belangstelling te hebben gelezen", Assert.Single(Indirect(text, "nl")).Text);
    }

    [Fact]
    public void AVerbWhoseCueHoldsItsSubjectEndsTheSentenceAfterTheClause()
    {
        var text = "Der Senat begrüßte die Ansiedlung. Berlin habe sich „zu einem wichtigen Standort entwickelt“, hieß es in einer Mitteilung.";
        var quote = Assert.Single(Indirect(text, "de"), q => q.Cue == "hieß es");

        Assert.Equal("Berlin habe sich „zu einem wichtigen Standort entwickelt“", quote.Text);
    }

    [Fact]
    public void EnglishStillReadsAClauseRightAfterTheVerb()
    {
        var text = "Marie Dubois said the plant in Leeds would close in June.";

        Assert.Equal("the plant in Leeds would close in June", Assert.Single(Indirect(text, "en", Person("Marie Dubois"))).Text);
    }
}
