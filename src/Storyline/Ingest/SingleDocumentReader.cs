using Storyline.Ingest.Charsets;

namespace Storyline.Ingest;

/// <summary>
/// Reads a file that holds one article (plain text or an HTML page): decodes it with its BOM or declared charset and
/// hands it on whole; the title of a text file and the main content of a page are found by the pipeline.
/// </summary>
public static class SingleDocumentReader
{
    public static IEnumerable<IngestItem> Read(string source, byte[] bytes, ContentKind kind)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            yield return new IngestFailure(source, null, "no text (only whitespace)");
            yield break;
        }

        yield return new RawDocument(source, kind, decoded.Text, ArticleIdentity.HashBytes(bytes)) { DecodingWarning = decoded.Warning };
    }
}
