using System.Globalization;
using System.Text.Json;
using Storyline.Figures;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// Reads labelled figures from gold <c>articles.jsonl</c> files: <c>figures: [{text, start, kind, value, unit,
/// qualifier, subject, attribute, date}]</c> (samples/gold/README.md). A span that does not match the text is an error.
/// </summary>
public static class GoldFigureReader
{
    public static IEnumerable<GoldFigureArticle> Read(string path) =>
        GoldArticleReader.Lines(path).Select(l => Parse(l.Line, l.Where));

    private static GoldFigureArticle Parse(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var figures = new List<Figure>();
            if (root.TryGetProperty("figures", out var list))
            {
                foreach (var f in list.EnumerateArray())
                {
                    figures.Add(ParseFigure(f, text, where));
                }
            }

            DateTimeOffset? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateTimeOffset.Parse(p.GetString()!, CultureInfo.InvariantCulture)
                : null;
            var story = root.TryGetProperty("story", out var s) ? s.GetString() : null;
            return new GoldFigureArticle(root.GetProperty("id").GetString() ?? where, root.GetProperty("language").GetString() ?? "und", story, published, text, figures);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{where}: {e.Message}", e);
        }
    }

    private static Figure ParseFigure(JsonElement f, string text, string where)
    {
        var written = f.GetProperty("text").GetString()!;
        var start = f.GetProperty("start").GetInt32();
        if (start < 0 || start + written.Length > text.Length || string.CompareOrdinal(text, start, written, 0, written.Length) != 0)
        {
            throw new InvalidDataException($"{where}: figure '{written}' at {start} does not match the text there.");
        }

        var kind = Enum.Parse<FigureKind>(f.GetProperty("kind").GetString()!, ignoreCase: true);
        var qualifier = f.TryGetProperty("qualifier", out var q) && q.ValueKind == JsonValueKind.String
            ? Enum.Parse<Qualifier>(q.GetString()!, ignoreCase: true)
            : Qualifier.Exact;
        return new Figure(written, start, written.Length, kind, Number(f, "value"), String(f, "unit"), qualifier)
        {
            Subject = String(f, "subject"),
            Attribute = String(f, "attribute"),
            Date = String(f, "date"),
        };
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
