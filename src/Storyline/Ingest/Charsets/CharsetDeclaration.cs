using System.Text.RegularExpressions;

namespace Storyline.Ingest.Charsets;

/// <summary>Finds the charset a document declares: <c>&lt;meta charset&gt;</c>, an HTTP-style Content-Type, or an XML declaration.</summary>
public static partial class CharsetDeclaration
{
    // The HTML standard's prescan looks at the first 1024 bytes; pages with long heads put it later, so look further.
    private const int PrescanBytes = 4096;

    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            match = ContentTypeCharset().Match(head);
        }

        if (!match.Success)
        {
            match = XmlEncoding().Match(head);
        }

        return match.Success ? match.Groups["cs"].Value.Trim().ToLowerInvariant() : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    // An HTTP header kept with the page ("Content-Type: text/html; charset=...") or a MIME line in a saved file.
    [GeneratedRegex("""content-type\s*:\s*[a-z/+.-]+\s*;\s*charset\s*=\s*["']?(?<cs>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["'](?<cs>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
