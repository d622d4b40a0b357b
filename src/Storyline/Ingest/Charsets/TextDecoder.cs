using System.Text;
using UtfUnknown;

namespace Storyline.Ingest.Charsets;

/// <summary>
/// Turns a file's bytes into text: BOM first, then strictly valid UTF-8, then the declared charset,
/// then statistical detection (Windows-1252 / ISO-8859-x), with Windows-1252 as the last resort.
/// </summary>
/// <remarks>
/// Valid UTF-8 wins over a declaration because pages that declare ISO-8859-1 but are saved as UTF-8 are far
/// more common than Latin-1 text that happens to form valid multi-byte UTF-8 sequences.
/// </remarks>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(Lenient(System.Text.Encoding.UTF8, bytes[3..]), "utf-8", "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new(Lenient(System.Text.Encoding.UTF32, bytes[4..]), "utf-32le", "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Lenient(System.Text.Encoding.Unicode, bytes[2..]), "utf-16le", "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Lenient(System.Text.Encoding.BigEndianUnicode, bytes[2..]), "utf-16be", "BOM");
        }

        var utf8Check = Utf8Validity.Check(bytes);
        if (utf8Check.FirstInvalid < 0)
        {
            return new(StrictUtf8.GetString(bytes), "utf-8", "valid UTF-8");
        }

        // Mostly UTF-8 with a few broken sequences (a truncated download, one bad paste): keep UTF-8, mark the damage.
        if (utf8Check.ValidMultiByte >= utf8Check.Invalid * 3)
        {
            return new(Lenient(System.Text.Encoding.UTF8, bytes), "utf-8", "UTF-8 with invalid bytes")
            {
                Warning = $"invalid UTF-8 at byte {utf8Check.FirstInvalid} ({utf8Check.Invalid} bad sequence(s) replaced by U+FFFD)",
            };
        }

        var warning = $"not valid UTF-8 (first bad byte at {utf8Check.FirstInvalid})";

        var declared = declaredCharset ?? CharsetDeclaration.Find(bytes);
        if (declared is not null && Resolve(declared) is { } declaredEncoding && !IsUtf8(declaredEncoding))
        {
            return new(Lenient(declaredEncoding, bytes), declaredEncoding.WebName, "declared");
        }

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is { } guess && !IsUtf8(guess) && detected.Confidence >= 0.5)
        {
            return new(Lenient(guess, bytes), guess.WebName, "detected") { Warning = $"{warning}; decoded as detected {guess.WebName}" };
        }

        // Not UTF-8 and nothing better known: Windows-1252 maps every byte and is what mislabelled Western text mostly is.
        var fallback = System.Text.Encoding.GetEncoding(1252);
        return new(Lenient(fallback, bytes), fallback.WebName, "fallback") { Warning = $"{warning}; decoded as windows-1252" };
    }

    private static bool IsUtf8(System.Text.Encoding encoding) => encoding.CodePage == 65001;

    private static System.Text.Encoding? Resolve(string name)
    {
        // WHATWG maps latin1 and ascii labels to windows-1252, a superset that also has the curly quotes and the euro sign.
        var label = name.ToLowerInvariant() switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "l1" => "windows-1252",
            var other => other,
        };
        try
        {
            return System.Text.Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Lenient(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes);
}
