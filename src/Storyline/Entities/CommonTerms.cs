using System.Runtime.CompilerServices;

namespace Storyline.Entities;

/// <summary>
/// Fields and things whose names news writes with capitals ("im Bereich der Künstlichen Intelligenz", "l'Intelligence
/// Artificielle", "Gen AI scaleup Mistral"): a mention that is only such a term is no entity, whatever found it. The terms
/// are data (<c>[common-terms]</c> in each language's entities.txt; every language's apply to every article, as English
/// terms travel), compared word by word without case and without the article's inflection endings. A longer name that
/// holds one ("Deutsches Forschungszentrum für Künstliche Intelligenz") is not touched.
/// </summary>
internal static class CommonTerms
{
    // The terms' keys, made once per set of cues (a language's cues are made once), not once per mention.
    private static readonly ConditionalWeakTable<EntityCues, HashSet<string>> Keys = [];

    public static bool IsOne(string mention, EntityCues cues) =>
        cues.CommonTerms.Count > 0
        && Keys.GetValue(cues, c => c.CommonTerms.Select(term => Key(term, c)).ToHashSet(StringComparer.Ordinal)).Contains(Key(mention, cues));

    // Lower case, one space between words, each word without its longest inflection ending when four letters stay (as
    // EntityGrouper joins "Deutschen Bahn" and "Deutsche Bahn").
    private static string Key(string words, EntityCues cues)
    {
        var spaced = string.Join(' ', words.ToLowerInvariant().Split((char[])[' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
        return EntityGrouper.Inflected(spaced, cues.InflectionEndings) ?? spaced;
    }
}
