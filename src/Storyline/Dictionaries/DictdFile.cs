using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Dictionaries;

/// <summary>
/// Reads one FreeDict dictionary in the dictd format its Debian packages install (<c>freedict-deu-eng.index</c> beside
/// <c>freedict-deu-eng.dict.dz</c>). The index names each headword with its entry's offset and length in base 64; the
/// entry is a headword line (with pronunciation and part of speech) and translation lines, among notes, examples,
/// synonyms, cross-references and, in the WikDict dictionaries, definitions in the source language. Only translations of
/// up to <see cref="PhraseWords"/> words are kept: a longer line is a definition, not a word to look for.
/// </summary>
public static partial class DictdFile
{
    public const int PhraseWords = 3;

    /// <summary>A line of more words than this is a definition or an example, even where commas cut it into short parts.</summary>
    public const int LineWords = 8;

    public static IReadOnlyList<DictdEntry> Read(string indexPath)
    {
        var dictPath = Path.ChangeExtension(indexPath, ".dict.dz");
        byte[] body;
        using (var gzip = new GZipStream(File.OpenRead(dictPath), CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            body = buffer.ToArray();
        }

        // Entries are read on every core: a large dictionary (deu-eng, 100 MB) otherwise takes seconds. In order: a word
        // keeps its first translations (BilingualDictionaries.MostConcepts).
        return File.ReadLines(indexPath, Encoding.UTF8).AsParallel().AsOrdered().Select(line => Entry(line, body)).OfType<DictdEntry>().ToList();
    }

    private static DictdEntry? Entry(string line, byte[] body)
    {
        var fields = line.Split('\t');
        if (fields.Length < 3 || fields[0].StartsWith("00database", StringComparison.Ordinal) || fields[0].StartsWith("00-database", StringComparison.Ordinal))
        {
            return null;
        }

        var (offset, length) = (Base64(fields[1]), Base64(fields[2]));
        if (offset < 0 || length <= 0 || offset + length > body.Length)
        {
            return null;
        }

        var translations = Translations(Encoding.UTF8.GetString(body, (int)offset, (int)length));
        return translations.Count > 0 ? new DictdEntry(fields[0], translations) : null;
    }

    /// <summary>The translations of one entry's text: every line after the headword line that is not a note or a definition.</summary>
    public static List<string> Translations(string entry)
    {
        var translations = new List<string>();
        foreach (var raw in entry.Split('\n').Skip(1))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('"') || line.Contains(':', StringComparison.Ordinal) || line.Contains('{', StringComparison.Ordinal))
            {
                // Notes, synonyms, "see:" references and examples ("das Spiel eröffnen" - open the game).
                continue;
            }

            line = Numbering().Replace(Markup().Replace(line, " "), " ");
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > LineWords)
            {
                continue;
            }

            foreach (var item in line.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is > 0 and <= PhraseWords)
                {
                    translations.Add(string.Join(' ', words));
                }
            }
        }

        return translations;
    }

    // dictd's base 64: A-Z a-z 0-9 + /, most significant digit first.
    private static long Base64(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var d = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' => 62,
                '/' => 63,
                _ => -1,
            };
            if (d < 0)
            {
                return -1;
            }

            value = (value * 64) + d;
        }

        return value;
    }

    // Parts of speech <n, masc>, domains [adm.], glosses (…) and the WikDict sense numbers "1." and " 2.".
    [GeneratedRegex(@"<[^>]*>|\[[^\]]*\]|\([^)]*\)|/[^/]*/")]
    private static partial Regex Markup();

    [GeneratedRegex(@"(^|\s)\d+\.(\s|$)")]
    private static partial Regex Numbering();
}
