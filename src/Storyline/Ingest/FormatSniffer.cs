using Storyline.Ingest.Feeds;

namespace Storyline.Ingest;

/// <summary>Chooses a reader from the file extension, or from the content where the extension says nothing (stdin, <c>.xml</c>).</summary>
public static class FormatSniffer
{
    public static InputFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputFormat.Text,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".rss" or ".atom" or ".xml" => InputFormat.Feed,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".json" => InputFormat.Json,
        _ => InputFormat.Unknown,
    };

    public static InputFormat FromContent(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('{'))
        {
            var firstLine = head.Split('\n')[0].TrimEnd();
            return firstLine.EndsWith('}') ? InputFormat.JsonLines : InputFormat.Json;
        }

        if (head.StartsWith('['))
        {
            return InputFormat.Json;
        }

        if (head.StartsWith('<'))
        {
            return FeedReader.LooksLikeFeed(head) ? InputFormat.Feed : InputFormat.Html;
        }

        return InputFormat.Text;
    }
}
