using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;

namespace Storyline.Languages;

/// <summary>
/// Loads per-language data files (<c>Resources/&lt;code&gt;/&lt;concern&gt;</c>), embedded in the library or from a folder on disk,
/// each language once, lazily and thread-safely. An unknown language gets an empty pack marked unsupported;
/// a declared language with a malformed file throws, naming the resource.
/// </summary>
public sealed class LanguageResources
{
    public const string BoilerplateFile = "boilerplate.txt";

    /// <summary>Files every language folder must have.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles = [BoilerplateFile];

    private static readonly Lazy<LanguageResources> EmbeddedInstance = new(() => new LanguageResources(null));

    private readonly string? folder;
    private readonly ConcurrentDictionary<string, Lazy<LanguagePack>> packs = new(StringComparer.Ordinal);

    /// <param name="folder">A folder laid out like <c>Resources/</c>; null reads the embedded resources.</param>
    public LanguageResources(string? folder)
    {
        this.folder = folder;
        Languages = ListLanguages();
    }

    /// <summary>The library's own data files.</summary>
    public static LanguageResources Embedded => EmbeddedInstance.Value;

    /// <summary>Codes of the languages that have a data folder (not <c>common</c>).</summary>
    public IReadOnlyList<string> Languages { get; }

    public LanguagePack Get(string code) =>
        packs.GetOrAdd(code, c => new Lazy<LanguagePack>(() => Load(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Every supported language's boilerplate cues together, with the language-independent ones (agencies, social networks).</summary>
    public BoilerplateCues AllBoilerplate()
    {
        var common = ReadLines("common", BoilerplateFile) is { } lines
            ? SectionedList.ParseBoilerplate(lines, $"common/{BoilerplateFile}")
            : BoilerplateCues.Empty;
        return BoilerplateCues.Merge(Languages.Select(l => Get(l).Boilerplate).Append(common));
    }

    /// <summary>The lines of a data file, or null when the language has no such file; a <c>.br</c> file is read through Brotli.</summary>
    public IReadOnlyList<string>? ReadLines(string code, string file)
    {
        using var stream = Open($"{code}/{file}");
        if (stream is null)
        {
            return null;
        }

        using var text = file.EndsWith(".br", StringComparison.Ordinal) ? new BrotliStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(text, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private LanguagePack Load(string code)
    {
        if (!Languages.Contains(code))
        {
            return LanguagePack.Unsupported(code);
        }

        var lines = ReadLines(code, BoilerplateFile) ?? throw new InvalidDataException($"Resource {code}/{BoilerplateFile} is missing.");
        return new LanguagePack(code, true, SectionedList.ParseBoilerplate(lines, $"{code}/{BoilerplateFile}"));
    }

    private Stream? Open(string relative)
    {
        if (folder is not null)
        {
            var path = Path.Combine(folder, relative);
            return File.Exists(path) ? File.OpenRead(path) : null;
        }

        return Assembly.GetManifestResourceStream(relative.Replace('\\', '/'));
    }

    private IReadOnlyList<string> ListLanguages()
    {
        IEnumerable<string> names = folder is not null
            ? Directory.Exists(folder) ? Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>() : []
            : Assembly.GetManifestResourceNames().Where(n => n.Contains('/', StringComparison.Ordinal)).Select(n => n[..n.IndexOf('/', StringComparison.Ordinal)]);
        return names.Where(n => n != "common").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private static Assembly Assembly => typeof(LanguageResources).Assembly;
}
