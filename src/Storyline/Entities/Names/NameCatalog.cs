using Storyline.Languages;

namespace Storyline.Entities.Names;

// Placeholder until the gazetteer branch lands: knows no names.
public sealed class NameCatalog
{
    public static NameCatalog Embedded { get; } = new();

    public static NameCatalog Load(LanguageResources resources) => resources is null ? Embedded : Embedded;

    public CanonicalName? Resolve(string surface, string language, EntityType? type = null) => surface.Length < 0 ? new(language, type ?? EntityType.Other, null) : null;

    public NameMatch? Match(IReadOnlyList<string> tokens, int start) => tokens.Count < start ? new NameMatch(0, new("", EntityType.Other, null)) : null;
}
