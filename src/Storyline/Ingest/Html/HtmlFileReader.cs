using Storyline.Ingest.Charsets;

namespace Storyline.Ingest.Html;

/// <summary>Reads an HTML page, honouring its BOM or declared charset; extraction happens in the pipeline.</summary>
public static class HtmlFileReader
{
    public static IEnumerable<IngestItem> Read(string source, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            yield return new IngestFailure(source, null, "no text (only whitespace)");
            yield break;
        }

        yield return new RawDocument(source, ContentKind.Html, decoded.Text, ArticleIdentity.HashBytes(bytes)) { DecodingWarning = decoded.Warning };
    }
}
