using Storyline.Quotes;
using Storyline.Quotes.Statements;

namespace Storyline.Tests.Quotes.Statements;

/// <summary>Blocking: only quotes of different articles that share a telling key are compared.</summary>
public sealed class QuoteBlocksTests
{
    [Fact]
    public void QuotesOfOneArticleAndQuotesSharingNothingAreNotCompared()
    {
        var quotes = new[]
        {
            Profile("a", ["investirons", "recherche"]),
            Profile("a", ["investieren", "forschung"]),
            Profile("b", ["investieren", "zentrum"]),
            Profile("c", ["fermerons", "usine"]),
        };

        var pairs = QuoteBlocks.Candidates(quotes).ToList();

        Assert.Equal([(0, 2), (1, 2)], pairs.Order());
    }

    [Fact]
    public void AKeyEveryQuoteSharesIsNoBlock()
    {
        // One word in every quote of many articles (the company's name, a buzzword): it alone pairs nobody.
        var quotes = Enumerable.Range(0, QuoteBlocks.MaximumBlock + 1).Select(i => Profile($"article-{i}", ["ecosysteme"])).ToList();

        Assert.Empty(QuoteBlocks.Candidates(quotes));
    }

    [Fact]
    public void QuotesSharingOnlyADictionaryConceptAreCompared()
    {
        // "centre de recherche" and "Forschungszentrum" share no letters worth a key, only what a dictionary makes them.
        var quotes = new[]
        {
            Profile("a", ["recherche", "centre"]) with { WordConcepts = [[1, 42], [2]] },
            Profile("b", ["forschungszentrum", "neues"]) with { Language = "de", WordConcepts = [[3, 42], [4]] },
        };

        Assert.Equal([(0, 1)], QuoteBlocks.Candidates(quotes));
        Assert.Empty(QuoteBlocks.Candidates(quotes.Select(q => q with { WordConcepts = [] }).ToList()));
    }

    [Fact]
    public void TwoLongQuotesSharingANumberAreComparedThoughTheyShareNoWord()
    {
        // "Rund 90 Prozent unseres Prozesswassers bereiten wir wieder auf" and "hergebruikt de fabriek ongeveer 90 procent
        // van het proceswater": a number weighs two keys, as in the score; one word's first letters do not.
        var german = Profile("a", ["unseres", "prozesswassers", "bereiten", "wieder", "anlage"]) with { Numbers = new HashSet<string>(["90"]) };
        var dutch = Profile("b", ["hergebruikt", "fabriek", "ongeveer", "proceswater", "installatie"]) with { Language = "nl", Numbers = new HashSet<string>(["90"]) };

        Assert.Equal([(0, 1)], QuoteBlocks.Candidates([german, dutch]));
        Assert.Empty(QuoteBlocks.Candidates([german with { Numbers = new HashSet<string>() }, dutch with { Numbers = new HashSet<string>() }]));
    }

    private static QuoteProfile Profile(string article, string[] words) => new(
        article,
        "fr",
        new Quote(string.Join(' ', words), 0, 1, QuoteKind.Direct, null, null),
        words,
        new HashSet<string>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal),
        null);
}
