using System.Buffers.Binary;
using System.Text;

namespace Storyline.Entities.Names.Building;

/// <summary>
/// Reads a GNU gettext <c>.mo</c> catalog (the format of libgeonames' and iso-codes' translations) into msgid → msgstr.
/// Context and plural entries are kept as written; empty translations are left out.
/// </summary>
public static class MoFile
{
    private const uint Magic = 0x950412de;

    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 20)
        {
            throw new InvalidDataException($"{path}: too short for a .mo file");
        }

        var littleEndian = BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Magic;
        if (!littleEndian && BinaryPrimitives.ReadUInt32BigEndian(bytes) != Magic)
        {
            throw new InvalidDataException($"{path}: not a .mo file");
        }

        uint At(int offset) => littleEndian
            ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset))
            : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));

        var count = (int)At(8);
        var originals = (int)At(12);
        var translations = (int)At(16);
        var result = new Dictionary<string, string>(count, StringComparer.Ordinal);
        string Text(int table, int i) => Encoding.UTF8.GetString(bytes, (int)At(table + (8 * i) + 4), (int)At(table + (8 * i)));
        for (var i = 0; i < count; i++)
        {
            var id = Text(originals, i);
            var translation = Text(translations, i);
            if (id.Length > 0 && translation.Length > 0)
            {
                result[id] = translation;
            }
        }

        return result;
    }
}
