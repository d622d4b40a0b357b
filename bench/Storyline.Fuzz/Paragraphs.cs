using System.Text.Json;

namespace Storyline.Fuzz;

/// <summary>
/// Real paragraphs to build inputs from: the project's samples (every <c>articles.jsonl</c> under <c>samples/</c>, many
/// languages) and, where it is beside the project, the German WikiNews quote data (700 articles of real reported speech).
/// Real sentence shapes find what generated text never writes.
/// </summary>
internal static class Paragraphs
{
    public static IReadOnlyList<(string Language, string Text)> Read(string samples, string shared)
    {
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(samples, "articles.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var record = JsonDocument.Parse(line);
                var root = record.RootElement;
                if (root.TryGetProperty("text", out var text) && text.GetString() is { } body)
                {
                    var language = root.TryGetProperty("language", out var l) ? l.GetString() ?? "en" : "en";
                    found.AddRange(Split(body).Select(p => (language, p)));
                }
            }
        }

        var wikinews = Path.Combine(shared, "quotes-german-wikinews", "train");
        if (Directory.Exists(wikinews))
        {
            foreach (var file in Directory.EnumerateFiles(wikinews, "*.json"))
            {
                using var record = JsonDocument.Parse(File.ReadAllText(file));
                if (record.RootElement.TryGetProperty("originalText", out var text) && text.GetString() is { } body)
                {
                    found.AddRange(Split(body).Select(p => ("de", p)));
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 0);
}
