using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Text;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 once or twice ("Ã©tÃ©" back to "été",
/// "â€™" back to "’"), as real feeds deliver it. Only runs that re-encode to one valid UTF-8 character are replaced,
/// so legitimate Latin-1 text ("Ça", "Ãgua") is left alone.
/// </summary>
public static partial class MojibakeRepair
{
    private static readonly System.Text.Encoding Cp1252;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static MojibakeRepair()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp1252 = System.Text.Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static string Repair(string text)
    {
        // Double-decoded text needs two passes: the first undoes the outer layer.
        for (var pass = 0; pass < 2 && LeadThenContinuation().IsMatch(text); pass++)
        {
            var repaired = LeadThenContinuation().Replace(text, m => Reencode(m.Value) ?? m.Value);
            if (repaired == text)
            {
                break;
            }

            text = repaired;
        }

        return text;
    }

    private static string? Reencode(string run)
    {
        Span<byte> bytes = stackalloc byte[8];
        var n = 0;
        foreach (var c in run)
        {
            // Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no Windows-1252 character; decoders pass them through as C1 controls.
            if (c is >= '\u0080' and <= '\u009F')
            {
                bytes[n++] = (byte)c;
                continue;
            }

            try
            {
                n += Cp1252.GetBytes([c], bytes[n..]);
            }
            catch (EncoderFallbackException)
            {
                return null;
            }
        }

        try
        {
            var decoded = StrictUtf8.GetString(bytes[..n]);
            return decoded.EnumerateRunes().Count() == 1 ? decoded : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // A UTF-8 lead byte (0xC2-0xF4) read as Windows-1252, followed by one to three continuation bytes (0x80-0xBF) read the same way.
    [GeneratedRegex("[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex LeadThenContinuation();
}
