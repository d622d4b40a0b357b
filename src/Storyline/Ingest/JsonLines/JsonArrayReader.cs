using System.Text.Json;

namespace Storyline.Ingest.JsonLines;

/// <summary>Reads a <c>.json</c> file holding an array of article objects (or one object).</summary>
public static class JsonArrayReader
{
    public static IEnumerable<IngestItem> Read(string source, byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return [new IngestFailure(source, (int?)(e.LineNumber + 1), $"invalid JSON: {e.Message}")];
        }

        using (document)
        {
            var rawHash = ArticleIdentity.HashBytes(bytes);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return [JsonArticle.From(root, source, 1, rawHash)];
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return [new IngestFailure(source, null, "expected a JSON array of articles or one article object")];
            }

            // Records are numbered from 1 in array order; that number stands in for the line in messages.
            var items = root.EnumerateArray().Select((e, i) => JsonArticle.From(e, source, i + 1, rawHash)).ToList();
            return items.Count > 0 ? items : [new IngestFailure(source, null, "empty JSON array")];
        }
    }
}
