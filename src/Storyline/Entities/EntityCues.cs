using Storyline.Languages;

namespace Storyline.Entities;

/// <summary>
/// A language's facts for entity recognition, read from <c>Resources/&lt;lang&gt;/entities.txt</c>: elided articles written
/// against a name (l', d'), possessive endings, genitive endings and titles that are never part of a name.
/// </summary>
public sealed record EntityCues(
    IReadOnlySet<string> Elisions,
    IReadOnlySet<string> Possessives,
    IReadOnlySet<string> GenitiveEndings,
    IReadOnlySet<string> Titles)
{
    public const string File = "entities.txt";

    public static readonly IReadOnlyList<string> Sections = ["elisions", "possessives", "genitive-endings", "titles"];

    public static readonly EntityCues Empty = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>One language's cues; empty when the language has no file.</summary>
    public static EntityCues For(LanguageResources resources, string language)
    {
        var lines = resources.ReadLines(language, File);
        return lines is null ? Empty : Parse(lines, $"{language}/{File}");
    }

    /// <summary>Every language's cues together: the tokenizer splits elisions before it knows a sentence's language.</summary>
    public static EntityCues All(LanguageResources resources) =>
        resources.Languages.Select(l => For(resources, l)).Aggregate(Empty, Merge);

    public static EntityCues Parse(IReadOnlyList<string> lines, string resource)
    {
        var entries = SectionedList.Parse(lines, resource, Sections);
        IReadOnlySet<string> Of(string section) =>
            entries.Where(e => e.Section == section).Select(e => e.Entry).ToHashSet(StringComparer.Ordinal);
        return new EntityCues(Of("elisions"), Of("possessives"), Of("genitive-endings"), Of("titles"));
    }

    private static EntityCues Merge(EntityCues a, EntityCues b) => new(
        a.Elisions.Union(b.Elisions).ToHashSet(StringComparer.Ordinal),
        a.Possessives.Union(b.Possessives).ToHashSet(StringComparer.Ordinal),
        a.GenitiveEndings.Union(b.GenitiveEndings).ToHashSet(StringComparer.Ordinal),
        a.Titles.Union(b.Titles).ToHashSet(StringComparer.Ordinal));
}
