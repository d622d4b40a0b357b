using System.Globalization;
using System.Text.Json;

namespace Storyline.Evaluation;

/// <summary>
/// Reads the sample gold: an <c>articles.jsonl</c> file, or a folder searched recursively for them. Validates on load and
/// fails loudly, naming file and line, on a missing field, an empty text, a repeated id or a repeated (file, url).
/// </summary>
public static class GoldArticleReader
{
    public const string FileName = "articles.jsonl";

    public static IReadOnlyList<GoldArticle> Read(string path)
    {
        var articles = new List<GoldArticle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, where) in Lines(path))
        {
            var article = Parse(line, where);
            if (!ids.Add(article.Id))
            {
                throw new InvalidDataException($"{where}: id '{article.Id}' appears twice");
            }

            if (!keys.Add(KeyOf(article.File, article.Url)))
            {
                throw new InvalidDataException($"{where}: file '{article.File}' url '{article.Url}' appears twice");
            }

            articles.Add(article);
        }

        return articles;
    }

    /// <summary>
    /// The non-blank lines of a gold file, or of every <see cref="FileName"/> below a folder in name order, each with
    /// its "file:line" for messages. Every reader of the sample gold walks it through here.
    /// </summary>
    public static IEnumerable<(string Line, string Where)> Lines(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"no gold file or folder at {path}", path);
        if (files.Length == 0)
        {
            throw new InvalidDataException($"no {FileName} under {path}");
        }

        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return (line, $"{file}:{number}");
                }
            }
        }
    }

    /// <summary>The key that matches a gold article to an ingested one: corpus-relative file and item URL.</summary>
    public static string KeyOf(string file, string? url) => $"{file.Replace('\\', '/')}#{url}";

    /// <summary>The corpus folder a gold path labels: <c>samples/corpus</c> beside the <c>gold</c> folder above it.</summary>
    public static string? FindCorpus(string goldPath)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(goldPath)); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "corpus");
            if (dir.Name != "corpus" && Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        return null;
    }

    private static GoldArticle Parse(string line, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: invalid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var text = Required(root, "text", where);
            if (text.Trim().Length == 0)
            {
                throw new InvalidDataException($"{where}: empty \"text\"");
            }

            var published = Optional(root, "published");
            return new GoldArticle(
                Required(root, "id", where),
                Required(root, "file", where),
                Optional(root, "url"),
                Required(root, "language", where),
                Optional(root, "title"),
                text,
                root.TryGetProperty("removed", out var removed) && removed.ValueKind == JsonValueKind.Array
                    ? [.. removed.EnumerateArray().Select(r => r.GetString() ?? "")]
                    : [],
                Required(root, "story", where),
                published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        }
    }

    private static string Required(JsonElement root, string name, string where) =>
        Optional(root, name) ?? throw new InvalidDataException($"{where}: missing \"{name}\"");

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
