using System.Reflection;
using Storyline.Languages;

namespace Storyline.Ingest.Html;

/// <summary>
/// Loads the HTML extraction data files: the per-language cues (<c>&lt;lang&gt;/html-cues.txt</c>) and the markup class
/// conventions (<c>common/html-classes.txt</c>), from the embedded resources or from a folder on disk (for tests of a new language).
/// </summary>
public static class HtmlResources
{
    public const string CueFileName = "html-cues.txt";
    public const string ClassFileName = "common/html-classes.txt";

    private static readonly Assembly Owner = typeof(HtmlResources).Assembly;

    // Parsed once per process; the sets are immutable after construction and safe to share between threads.
    private static readonly Lazy<HtmlCues> EmbeddedCues = new(() => LoadCues(EmbeddedLanguages()), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<HtmlClassSignals> EmbeddedClasses = new(LoadClasses, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The cues of every embedded language, merged: a page's declared language is too often wrong to pick one.</summary>
    public static HtmlCues Cues => EmbeddedCues.Value;

    public static HtmlClassSignals Classes => EmbeddedClasses.Value;

    /// <summary>Languages that ship an <c>html-cues.txt</c>, found by enumerating the embedded resource names.</summary>
    public static IReadOnlyList<string> EmbeddedLanguages()
    {
        var suffix = "/" + CueFileName;
        return [.. Owner.GetManifestResourceNames()
            .Where(name => name.EndsWith(suffix, StringComparison.Ordinal))
            .Select(name => name[..^suffix.Length])
            .Where(lang => !string.Equals(lang, "common", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Loads the cues of the given embedded languages; throws naming the resource when one is missing or malformed.</summary>
    public static HtmlCues LoadCues(IEnumerable<string> languages)
    {
        var list = languages.ToList();
        var cues = new List<(string, string)>();
        foreach (var language in list)
        {
            var name = $"{language}/{CueFileName}";
            cues.AddRange(SectionedList.Parse(Lines(ReadEmbedded(name)), name));
        }

        return new HtmlCues(cues, list);
    }

    /// <summary>Loads the cues from <c>folder/&lt;lang&gt;/html-cues.txt</c> for every language folder that has one.</summary>
    public static HtmlCues LoadCuesFromDirectory(string folder)
    {
        var cues = new List<(string, string)>();
        var languages = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, CueFileName);
            if (File.Exists(path))
            {
                languages.Add(Path.GetFileName(directory));
                cues.AddRange(SectionedList.Parse(File.ReadAllLines(path), path));
            }
        }

        return new HtmlCues(cues, languages);
    }

    private static HtmlClassSignals LoadClasses() => new(SectionedList.Parse(Lines(ReadEmbedded(ClassFileName)), ClassFileName));

    private static string[] Lines(string text) => text.Split('\n');

    private static string ReadEmbedded(string name)
    {
        using var stream = Owner.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Unable to load the embedded resource '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
