using System.Text;
using System.Text.Json;

namespace Storyline.Ingest.JsonLines;

/// <summary>
/// Streams a JSON Lines file one record at a time (memory does not grow with the file); a broken line
/// is a failure with its number and the other lines are still read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(string source, Stream stream, IngestOptions options)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var number = 0;
        var records = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > options.MaxBytes)
            {
                yield return new IngestFailure(source, number, $"line is over the {DocumentBytes.Megabytes(options.MaxBytes)} limit (--max-size)");
                continue;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            IngestItem item;
            try
            {
                using var document = JsonDocument.Parse(bytes);
                item = JsonArticle.From(document.RootElement, source, number, ArticleIdentity.HashBytes(bytes));
            }
            catch (JsonException e)
            {
                item = new IngestFailure(source, number, $"invalid JSON: {e.Message}");
            }

            records++;
            yield return item;
        }

        if (records == 0)
        {
            yield return new IngestFailure(source, null, "no records");
        }
    }
}
