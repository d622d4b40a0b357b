using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.JsonLines;

namespace Storyline.Tests.Ingest.JsonLines;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void EachLineIsARecordAndABrokenLineCostsOnlyItself()
    {
        const string jsonl = """
            {"title": "Banque centrale", "text": "La BCE a relevé ses taux.", "url": "https://a.example/1", "published": "2025-03-06T12:00:00Z", "language": "fr"}
            {"title": "broken", "text": "missing brace"

            {"title": "HTML record", "html": "<p>Die EZB hat die Zinsen erhöht.</p>", "url": "https://a.example/2"}
            {"title": "no body", "url": "https://a.example/3"}
            ["not", "an", "object"]
            """;
        var items = JsonLinesReader.Read("news.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), new IngestOptions()).ToList();
        var docs = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var failures = items.Where(i => i.Failure is not null).Select(i => i.Failure!).ToList();

        Assert.Equal(2, docs.Count);
        Assert.Equal("fr", docs[0].DeclaredLanguage);
        Assert.Equal(ContentKind.HtmlFragment, docs[1].Kind);
        Assert.Equal(4, docs[1].Line);
        Assert.Equal([2, 5, 6], failures.Select(f => f.Line ?? 0));
        Assert.Contains("invalid JSON", failures[0].Reason, StringComparison.Ordinal);
        Assert.Contains("neither \"text\" nor \"html\"", failures[1].Reason, StringComparison.Ordinal);
        Assert.Contains("expected a JSON object", failures[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonArrayFileHoldsSeveralArticles()
    {
        const string json = """[{"title": "A", "text": "Texte A.", "url": "https://a.example/a"}, {"title": "B", "text": "Texte B.", "url": "https://a.example/b", "published": "2025-03-01"}]""";
        var items = JsonArrayReader.Read("list.json", Encoding.UTF8.GetBytes(json)).ToList();
        Assert.Equal(["A", "B"], items.Select(i => i.Document!.Title));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), items[1].Document!.Published);
    }

    [Fact]
    public void BadDateIsAClearFailure()
    {
        var item = Assert.Single(JsonArrayReader.Read("list.json", """{"text": "x", "published": "yesterday"}"""u8.ToArray()));
        Assert.Contains("\"published\" is not a date: yesterday", item.Failure!.Reason, StringComparison.Ordinal);
    }
}
