namespace Storyline.Ingest.Charsets;

/// <summary>Counts valid multi-byte and invalid UTF-8 sequences, to tell damaged UTF-8 from a legacy 8-bit encoding.</summary>
public readonly record struct Utf8Validity(int ValidMultiByte, int Invalid, long FirstInvalid)
{
    public static Utf8Validity Check(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        long first = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                if (first < 0)
                {
                    first = i;
                }
            }

            i += Math.Max(consumed, 1);
        }

        return new(valid, invalid, first);
    }
}
