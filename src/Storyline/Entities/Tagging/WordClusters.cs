using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Entities.Tagging;

/// <summary>
/// Distributional word classes: each word of a large vocabulary with the cluster its word vector falls in, at three
/// granularities. They tell the tagger that a name it never saw in training sits among known ones ("Krull" beside
/// "Dedekind" and "Hilbert"), which spelling alone cannot. Built by <c>train clusters</c> from packaged GloVe vectors
/// (see <c>Resources/common/ner/LICENCE.md</c>); looked up lower-cased.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Where the shipped clusters sit among the embedded resources.</summary>
    public const string Resource = "common/ner/word-clusters.tsv.br";

    private static readonly Lazy<WordClusters> ShippedInstance = new(LoadShipped);

    private readonly Dictionary<string, ushort[]> classes;

    /// <param name="classes">Per word, its cluster at each granularity, coarse to fine (the same number for every word).</param>
    public WordClusters(Dictionary<string, ushort[]> classes)
    {
        this.classes = classes;
        Levels = classes.Count == 0 ? 0 : classes.First().Value.Length;
    }

    /// <summary>How many granularities each word has.</summary>
    public int Levels { get; }

    public static WordClusters Shipped => ShippedInstance.Value;

    public int Count => classes.Count;

    /// <summary>
    /// The word's cluster at each granularity, coarse to fine, or null for a word the vectors never saw. The vectors'
    /// vocabulary is written without accents ("rudiger", "zurich"), so a word missing as written is looked up folded.
    /// </summary>
    public ushort[]? Of(string lowerWord) =>
        classes.GetValueOrDefault(lowerWord) ?? (Ascii.IsValid(lowerWord) ? null : classes.GetValueOrDefault(Fold(lowerWord)));

    private static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // Letters that do not decompose, spelled as the vectors' vocabulary spells them.
                folded.Append(c switch
                {
                    'ß' => "ss",
                    'ø' => "o",
                    'æ' => "ae",
                    'œ' => "oe",
                    'ł' => "l",
                    'đ' or 'ð' => "d",
                    'þ' => "th",
                    'ı' => "i",
                    _ => c.ToString(),
                });
            }
        }

        return folded.ToString();
    }

    /// <summary>Reads lines of <c>word TAB cluster TAB cluster ...</c>, coarse to fine.</summary>
    public static WordClusters Read(TextReader reader, string name)
    {
        var classes = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        var line = 0;
        var levels = -1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            var ids = tab > 0 ? Ids(text.AsSpan(tab + 1)) : null;
            if (ids is null || (levels >= 0 && ids.Length != levels))
            {
                throw new InvalidDataException($"{name}:{line}: expected a word and {(levels < 0 ? "its clusters" : $"{levels} clusters")}, separated by tabs.");
            }

            levels = ids.Length;
            classes.TryAdd(text[..tab], ids);
        }

        return new WordClusters(classes);
    }

    // Split by hand: the shipped file has 341k lines and loads with the model.
    private static ushort[]? Ids(ReadOnlySpan<char> fields)
    {
        Span<ushort> ids = stackalloc ushort[8];
        var count = 0;
        foreach (var range in fields.Split('\t'))
        {
            if (count == ids.Length || !ushort.TryParse(fields[range], NumberStyles.None, CultureInfo.InvariantCulture, out ids[count]))
            {
                return null;
            }

            count++;
        }

        return ids[..count].ToArray();
    }

    /// <summary>Reads a clusters file, Brotli-compressed when its name ends in <c>.br</c>.</summary>
    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".br", StringComparison.Ordinal) ? new BrotliStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <summary>Writes the clusters in word order (which compresses best), Brotli-compressed when the name ends in <c>.br</c>.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var stream = path.EndsWith(".br", StringComparison.Ordinal) ? new BrotliStream(file, CompressionLevel.SmallestSize) : (Stream)file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        Write(writer);
    }

    public void Write(TextWriter writer)
    {
        foreach (var (word, ids) in classes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            foreach (var id in ids)
            {
                writer.Write('\t');
                writer.Write(id.ToString(CultureInfo.InvariantCulture));
            }

            writer.Write('\n');
        }
    }

    private static WordClusters LoadShipped()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The word clusters ({Resource}) are not embedded in this build; make them with `storyline train clusters`.");
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return Read(reader, Resource);
    }
}
