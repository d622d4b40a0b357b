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
                Mentions = Mentions(root),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{where}: {e.Message}", e);
        }
    }

    // entities: [{name, mentions: [{text, start}]}], as the gold README lays them out; none where the file has no entities.
    private static List<(string Name, int Start, int End)> Mentions(JsonElement root)
    {
        var mentions = new List<(string, int, int)>();
        if (!root.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array)
        {
            return mentions;
        }

        foreach (var entity in entities.EnumerateArray())
        {
            if (String(entity, "name") is not { } name || !entity.TryGetProperty("mentions", out var list))
            {
                continue;
            }

            foreach (var m in list.EnumerateArray())
            {
                var start = m.GetProperty("start").GetInt32();
                mentions.Add((name, start, start + (String(m, "text") ?? "").Length));
            }
        }

        return mentions;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
