using System.Text.Json;
using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Tests.Evaluation.Quotes;

/// <summary>The WikiNews reader on articles written here in the data's shape: marks dropped, pieces split, pronouns resolved, the fixed split.</summary>
public sealed class WikiNewsQuoteReaderTests
{
    private const string Text = "Die Ministerin Anna Berg sagte: „Wir bauen neu.“ Er meinte, man sei „auf gutem Weg“. „Das reicht nicht“, sagte sie.";

    [Fact]
    public void DirectQuotesLoseTheirMarksAndIndirectOnesKeepTheirWords()
    {
        using var folder = new TempFolder();
        Write(folder, "1 - Bau.pretty.json");
        var article = Assert.Single(QuoteGold.Read(folder.Path));
        Assert.True(article.SpeakersAsWritten);
        Assert.Equal("de", article.Language);
        Assert.Equal(["Wir bauen neu.", "man sei „auf gutem Weg“", "Das reicht nicht"], article.Quotes.Select(q => q.Text));
        Assert.Equal([QuoteKind.Direct, QuoteKind.Indirect, QuoteKind.Direct], article.Quotes.Select(q => q.Kind));
    }

    [Fact]
    public void APronounSpeakerIsTheNamedSpeakerBeforeIt()
    {
        using var folder = new TempFolder();
        Write(folder, "1 - Bau.pretty.json");
        var speakers = Assert.Single(QuoteGold.Read(folder.Path)).Quotes.Select(q => q.Speaker);
        Assert.Equal(["Die Ministerin Anna Berg", "Die Ministerin Anna Berg", "Die Ministerin Anna Berg"], speakers);
    }

    [Fact]
    public void SpeakerSpansStayAsWrittenPronounsAndAll()
    {
        using var folder = new TempFolder();
        Write(folder, "1 - Bau.pretty.json");
        var spans = Assert.Single(QuoteGold.Read(folder.Path)).Quotes.Select(q => string.Join("|", q.SpeakerSpans.Select(s => s.In(Text))));
        Assert.Equal(["Die Ministerin Anna Berg", "Er", "sie"], spans);
    }

    [Fact]
    public void EveryFifthArticleByFileNameIsHeldBack()
    {
        using var folder = new TempFolder();
        foreach (var n in Enumerable.Range(10, 10))
        {
            Write(folder, $"{n} - Bau.pretty.json");
        }

        Assert.Equal(["14 - Bau.pretty", "19 - Bau.pretty"], QuoteGold.Read(folder.Path, QuoteSplit.Test).Select(a => a.Id));
        Assert.Equal(8, QuoteGold.Read(folder.Path, QuoteSplit.Dev).Count());
        Assert.Equal(10, QuoteGold.Read(folder.Path).Count());
    }

    [Fact]
    public void ASpanOutsideTheTextIsAnError()
    {
        using var folder = new TempFolder();
        folder.Write("1.json", JsonSerializer.Serialize(new
        {
            originalText = "kurz",
            annotations = new[] { new { type = "Direct", quote = Part(2, 90) } },
        }));
        Assert.Throws<InvalidDataException>(() => QuoteGold.Read(folder.Path).ToList());
    }

    private static void Write(TempFolder folder, string name) => folder.Write(name, JsonSerializer.Serialize(new
    {
        documentName = "Bau",
        originalText = Text,
        annotations = new object[]
        {
            new { type = "Direct", quote = Part(Text.IndexOf('„'), Text.IndexOf('“') + 1), speaker = Part(0, 24), cue = Part(25, 30) },
            new { type = "Indirect", quote = Part(Text.IndexOf("man sei", StringComparison.Ordinal), Text.IndexOf('.', 60)), speaker = Part(49, 51), cue = Part(52, 58) },
            new { type = "Direct", quote = Part(Text.LastIndexOf('„'), Text.LastIndexOf('“') + 1), speaker = Part(Text.Length - 4, Text.Length - 1), cue = Part(Text.Length - 10, Text.Length - 5) },
        },
    }));

    private static object Part(int start, int end) => new { spans = new[] { new { charBegin = start, charEnd = end } } };
}
