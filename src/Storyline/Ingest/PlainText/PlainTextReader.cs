using Storyline.Ingest.Charsets;

namespace Storyline.Ingest.PlainText;

/// <summary>Reads a plain-text article; its title, when the first line is one, is taken by the pipeline after normalisation.</summary>
public static class PlainTextReader
{
    public static IEnumerable<IngestItem> Read(string source, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            yield return new IngestFailure(source, null, "no text (only whitespace)");
            yield break;
        }

        yield return new RawDocument(source, ContentKind.Text, decoded.Text, ArticleIdentity.HashBytes(bytes)) { DecodingWarning = decoded.Warning };
    }
}
