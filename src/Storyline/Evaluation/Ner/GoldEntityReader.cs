using System.Text.Json;
using Storyline.Entities;

namespace Storyline.Evaluation.Ner;

/// <summary>Reads labelled entities from gold <c>articles.jsonl</c> files: <c>entities: [{name, type, mentions: [{text, start}]}]</c>.</summary>
public static class GoldEntityReader
{
    /// <summary>A .jsonl file, or a folder holding articles.jsonl files (samples/gold).</summary>
    public static bool IsGold(string path) =>
        File.Exists(path)
            ? path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            : Directory.Exists(path) && Directory.EnumerateFiles(path, GoldArticleReader.FileName, SearchOption.AllDirectories).Any();

    /// <summary>
    /// Only <c>id</c>, <c>language</c>, <c>text</c> and <c>entities</c> are read, so that labelled data from elsewhere
    /// needs none of the sample gold's other fields (<see cref="GoldArticleReader"/> requires them).
    /// </summary>
    public static IEnumerable<GoldEntityArticle> Read(string path) =>
        GoldArticleReader.Lines(path).Select(l => Parse(l.Line, l.Where));

    private static GoldEntityArticle Parse(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var entities = new List<Entity>();
            if (root.TryGetProperty("entities", out var list))
            {
                foreach (var e in list.EnumerateArray())
                {
                    var mentions = e.GetProperty("mentions").EnumerateArray()
                        .Select(m => new Mention(m.GetProperty("text").GetString()!, m.GetProperty("start").GetInt32(), m.GetProperty("text").GetString()!.Length))
                        .ToList();
                    foreach (var m in mentions.Where(m => m.Start < 0 || m.Start + m.Length > text.Length || text.Substring(m.Start, m.Length) != m.Text))
                    {
                        throw new InvalidDataException($"{where}: mention '{m.Text}' at {m.Start} does not match the text there.");
                    }

                    entities.Add(new Entity(e.GetProperty("name").GetString()!, ParseType(e.GetProperty("type").GetString(), where), mentions));
                }
            }

            return new GoldEntityArticle(root.GetProperty("id").GetString() ?? where, root.GetProperty("language").GetString() ?? "und", text, entities);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{where}: {e.Message}", e);
        }
    }

    private static EntityType ParseType(string? type, string where) => type switch
    {
        "person" => EntityType.Person,
        "organisation" => EntityType.Organisation,
        "place" => EntityType.Place,
        "product" => EntityType.Product,
        "other" => EntityType.Other,
        _ => throw new InvalidDataException($"{where}: unknown entity type '{type}'."),
    };
}
