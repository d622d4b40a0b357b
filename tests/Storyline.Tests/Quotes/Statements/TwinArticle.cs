using Storyline.Entities;
using Storyline.Figures;
using Storyline.Quotes;

namespace Storyline.Tests.Quotes.Statements;

/// <summary>
/// A stored article written by hand for the twin tests: quotes, entities and money figures placed where their words are,
/// so the matcher is tested alone, whatever the recognisers find.
/// </summary>
internal static class TwinArticle
{
    public static Article Of(
        string id,
        string language,
        string text,
        (string Quoted, string? Speaker)[] quotes,
        (string Name, EntityType Type, string Written)[] names,
        params (string Written, double Value)[] money)
    {
        var figures = money.Select(m => new Figure(m.Written, At(text, m.Written), m.Written.Length, FigureKind.Money, m.Value, "EUR", Qualifier.Exact)).ToList();
        return new Article
        {
            Id = id,
            Source = id + ".txt",
            Language = language,
            Text = text,
            RawHash = id,
            Entities = QuoteTestEntities.Of(text, names),
            Figures = figures,
            Quotes = quotes.Select(q => new Quote(q.Quoted, At(text, q.Quoted), q.Quoted.Length, QuoteKind.Direct, q.Speaker, null)).ToList(),
        };
    }

    private static int At(string text, string written)
    {
        var at = text.IndexOf(written, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{written}' is not in the text");
        return at;
    }
}
