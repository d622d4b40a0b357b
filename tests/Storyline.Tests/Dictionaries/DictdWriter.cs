using System.IO.Compression;
using System.Text;

namespace Storyline.Tests.Dictionaries;

/// <summary>Writes a small dictionary in FreeDict's dictd layout, as Debian installs it: an index and a gzip body.</summary>
public static class DictdWriter
{
    public static string Write(TempFolder folder, string pair, params (string Headword, string Entry)[] entries)
    {
        var body = new StringBuilder();
        var index = new StringBuilder("00databaseinfo\tA\tB\n");
        body.Append('x');
        foreach (var (headword, entry) in entries)
        {
            var offset = Encoding.UTF8.GetByteCount(body.ToString());
            var length = Encoding.UTF8.GetByteCount(entry);
            body.Append(entry);
            index.Append(headword).Append('\t').Append(Base64(offset)).Append('\t').Append(Base64(length)).Append('\n');
        }

        var indexPath = folder.Write($"freedict-{pair}.index", index.ToString());
        using (var gzip = new GZipStream(File.Create(folder.File($"freedict-{pair}.dict.dz")), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(body.ToString()));
        }

        return indexPath;
    }

    private static string Base64(long value)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var text = new StringBuilder();
        do
        {
            text.Insert(0, digits[(int)(value % 64)]);
            value /= 64;
        }
        while (value > 0);
        return text.ToString();
    }
}
