using System.Text.Json;
using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Reads labelled quotations from gold <c>articles.jsonl</c> files: <c>quotes: [{text, start, kind, speaker, cue,
/// statement}]</c>. A span that does not match the text is an error naming the file and line.
/// </summary>
public static class GoldQuoteReader
{
    public static IEnumerable<GoldQuoteArticle> Read(string path) =>
        GoldArticleReader.Lines(path).Select(l => Parse(l.Line, l.Where));

    private static GoldQuoteArticle Parse(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var quotes = new List<GoldQuote>();
            if (root.TryGetProperty("quotes", out var list))
            {
                foreach (var q in list.EnumerateArray())
                {
                    var written = q.GetProperty("text").GetString()!;
                    var start = q.GetProperty("start").GetInt32();
                    if (start < 0 || start + written.Length > text.Length || string.CompareOrdinal(text, start, written, 0, written.Length) != 0)
                    {
                        throw new InvalidDataException($"{where}: quote '{written}' at {start} does not match the text there.");
                    }

                    var kind = Enum.Parse<QuoteKind>(q.GetProperty("kind").GetString()!, ignoreCase: true);
                    quotes.Add(new GoldQuote(written, start, kind, String(q, "speaker"), String(q, "cue"), String(q, "statement")));
                }
            }

            return new GoldQuoteArticle(root.GetProperty("id").GetString() ?? where, root.GetProperty("language").GetString() ?? "und", text, quotes)
            {
                Story = String(root, "story"),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{where}: {e.Message}", e);
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
