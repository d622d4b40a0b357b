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

    // Parsed once per process; the sets are immutable after construction and safe to share between threads.
    private static readonly Lazy<HtmlCues> EmbeddedCues = new(() => LoadCues(EmbeddedLanguages()), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<HtmlClassSignals> EmbeddedClasses = new(LoadClasses, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The cues of every embedded language, merged: a page's declared language is too often wrong to pick one.</summary>
    public static HtmlCues Cues => EmbeddedCues.Value;

    public static HtmlClassSignals Classes => EmbeddedClasses.Value;

    /// <summary>Languages that ship an <c>html-cues.txt</c>.</summary>
    public static IReadOnlyList<string> EmbeddedLanguages() => WithCues(LanguageResources.Embedded);

    /// <summary>Loads the cues of the given embedded languages; throws naming the resource when one is missing or malformed.</summary>
    public static HtmlCues LoadCues(IEnumerable<string> languages) => Load(LanguageResources.Embedded, languages);

    /// <summary>Loads the cues from <c>folder/&lt;lang&gt;/html-cues.txt</c> for every language folder that has one.</summary>
    public static HtmlCues LoadCuesFromDirectory(string folder)
    {
        var resources = new LanguageResources(folder);
        return Load(resources, WithCues(resources));
    }

    private static IReadOnlyList<string> WithCues(LanguageResources resources) =>
        [.. resources.Languages.Where(language => resources.ReadLines(language, CueFileName) is not null)];

    private static HtmlCues Load(LanguageResources resources, IEnumerable<string> languages)
    {
        var list = languages.ToList();
        var cues = new List<(string, string)>();
        foreach (var language in list)
        {
            var name = $"{language}/{CueFileName}";
            var lines = resources.ReadLines(language, CueFileName) ?? throw new InvalidDataException($"Unable to load the resource '{name}'");
            cues.AddRange(SectionedList.Parse(lines, name));
        }

        return new HtmlCues(cues, list);
    }

    private static HtmlClassSignals LoadClasses()
    {
        var lines = LanguageResources.Embedded.ReadLines("common", Path.GetFileName(ClassFileName))
            ?? throw new InvalidDataException($"Unable to load the embedded resource '{ClassFileName}'");
        return new(SectionedList.Parse(lines, ClassFileName));
    }
}
