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
    IReadOnlySet<string> Titles,
    IReadOnlySet<string> Determiners,
    IReadOnlySet<string> ProductCues,
    IReadOnlySet<string> OrganisationCues,
    IReadOnlySet<string> OrganisationDesignators,
    IReadOnlySet<string> DemonymEndings,
    IReadOnlySet<string> Prepositions,
    IReadOnlySet<string> InflectionEndings,
    IReadOnlySet<string> Capitalisation)
{
    public const string File = "entities.txt";

    public static readonly IReadOnlyList<string> Sections = ["elisions", "possessives", "genitive-endings", "titles", "determiners", "product-cues", "organisation-cues", "organisation-designators", "demonym-endings", "prepositions", "inflection-endings", "capitalisation"];

    public static readonly EntityCues Empty = new(None, None, None, None, None, None, None, None, None, None, None, None);

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
        return new EntityCues(Of("elisions"), Of("possessives"), Of("genitive-endings"), Of("titles"), Of("determiners"), Of("product-cues"),
            Of("organisation-cues"), Of("organisation-designators"), Of("demonym-endings"), Of("prepositions"), Of("inflection-endings"), Of("capitalisation"));
    }

    /// <summary>Both languages' cues: a sentence in one language quotes titles and names of another.</summary>
    public static EntityCues Merge(EntityCues a, EntityCues b) => new(
        Union(a.Elisions, b.Elisions),
        Union(a.Possessives, b.Possessives),
        Union(a.GenitiveEndings, b.GenitiveEndings),
        Union(a.Titles, b.Titles),
        Union(a.Determiners, b.Determiners),
        Union(a.ProductCues, b.ProductCues),
        Union(a.OrganisationCues, b.OrganisationCues),
        Union(a.OrganisationDesignators, b.OrganisationDesignators),
        Union(a.DemonymEndings, b.DemonymEndings),
        Union(a.Prepositions, b.Prepositions),
        Union(a.InflectionEndings, b.InflectionEndings),
        Union(a.Capitalisation, b.Capitalisation));

    private static IReadOnlySet<string> None => new HashSet<string>(StringComparer.Ordinal);

    private static IReadOnlySet<string> Union(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Union(b).ToHashSet(StringComparer.Ordinal);
}
