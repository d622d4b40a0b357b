namespace Storyline.Ingest.Charsets;

/// <summary>Tells a binary file (an image renamed .html, an archive) from text before anything tries to parse it.</summary>
public static class BinarySniffer
{
    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ("RIFF"u8.ToArray(), "RIFF media file"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("MZ"u8.ToArray(), "Windows executable"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
    ];

    /// <summary>Returns what the bytes are when they are not text, or null for text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        // UTF-16 text legitimately holds NULs; its BOM is checked by the decoder first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        // Text never holds NUL or many C0 controls; 8 KiB is what `file` and git look at too.
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return "binary data (NUL bytes)";
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                controls++;
            }
        }

        return head.Length > 0 && controls * 10 > head.Length ? "binary data (control bytes)" : null;
    }
}
