using System.Text.Json;

namespace Storyline.Ingest.Html;

/// <summary>
/// Reads schema.org article metadata from <c>application/ld+json</c> scripts: a single object, an array, or a <c>@graph</c>.
/// Malformed JSON is ignored, since many CMSs print invalid JSON-LD (trailing commas, raw newlines in strings).
/// </summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 16;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdMetadata Read(IEnumerable<string> scripts)
    {
        JsonLdMetadata? article = null;
        JsonLdMetadata? page = null;
        foreach (var script in scripts)
        {
            if (script.Length > 1_000_000)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(script, Options);
                Visit(document.RootElement, 0, ref article, ref page);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common and says nothing about the article; the other metadata sources still apply.
            }
        }

        return Merge(article, page);
    }

    private static void Visit(JsonElement node, int depth, ref JsonLdMetadata? article, ref JsonLdMetadata? page)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Visit(item, depth + 1, ref article, ref page);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, depth + 1, ref article, ref page);
        }

        var kind = TypeOf(node);
        if (kind == NodeKind.Other)
        {
            return;
        }

        var found = new JsonLdMetadata(
            Text(node, "headline") ?? Text(node, "name"),
            Text(node, "datePublished") ?? Text(node, "dateCreated"),
            Names(node, "author", depth) ?? Names(node, "creator", depth),
            Names(node, "publisher", depth),
            Text(node, "inLanguage"));
        if (kind == NodeKind.Article)
        {
            article = Merge(article, found);
        }
        else
        {
            page = Merge(page, found);
        }
    }

    private enum NodeKind { Other, Page, Article }

    private static NodeKind TypeOf(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return NodeKind.Other;
        }

        var best = NodeKind.Other;
        foreach (var name in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var value = name.GetString() ?? string.Empty;
            if (value.EndsWith("Article", StringComparison.Ordinal) || value is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting")
            {
                best = NodeKind.Article;
            }
            else if (value is "WebPage" or "ItemPage" && best == NodeKind.Other)
            {
                best = NodeKind.Page;
            }
        }

        return best;
    }

    private static string? Text(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        text = HtmlText.Collapse(text);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A person or organisation given as a string, an object with <c>name</c>, or an array of either; names joined by ", ".</summary>
    private static string? Names(JsonElement node, string property, int depth)
    {
        if (!node.TryGetProperty(property, out var value) || depth > MaxDepth)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => HtmlText.Collapse(item.GetString()),
                JsonValueKind.Object => Text(item, "name") ?? string.Empty,
                _ => string.Empty,
            };
            if (name.Length > 0 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static JsonLdMetadata Merge(JsonLdMetadata? first, JsonLdMetadata? second)
    {
        if (first is null)
        {
            return second ?? JsonLdMetadata.Empty;
        }

        if (second is null)
        {
            return first;
        }

        return new JsonLdMetadata(
            first.Headline ?? second.Headline,
            first.DatePublished ?? second.DatePublished,
            first.Author ?? second.Author,
            first.Publisher ?? second.Publisher,
            first.Language ?? second.Language);
    }
}
