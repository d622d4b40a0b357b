namespace Storyline.Entities;

/// <summary>
/// "Hurrikan Katrina", "Tropical Storm Rita", "das Sturmtief Sabine", "la tempête Ciarán": a name right after a noun for a
/// storm (<c>[storm-nouns]</c>, "-sturm" for a compound's end), or one of several words with such a noun before its last, is
/// that storm, type other, though storms carry first names and the tagger reads people there. A storm speaks no quotation
/// and is no "sie" a pronoun stands for. Not where the catalog knows the name after the noun ("Sturm Graz" is a club).
/// </summary>
internal static class StormNames
{
    /// <summary>
    /// The storm's own name in a mention that writes the noun before it ("Rita" of "Tropensturm Rita"), so that every way
    /// of writing it is one storm; null where there is no such noun or the catalog knows the rest.
    /// </summary>
    public static string? Name(string surface, EntityCues cues, Func<string, bool> known)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var noun = Array.FindLastIndex(words[..^1], w => cues.IsStormNoun(w.ToLowerInvariant()));
        if (noun < 0)
        {
            return null;
        }

        var name = string.Join(' ', words[(noun + 1)..]);
        return known(name) ? null : name;
    }

    /// <summary>Whether the mention <paramref name="surface"/> written at <paramref name="start"/> names a storm.</summary>
    public static bool Named(string text, int start, string surface, EntityCues cues, Func<string, bool> known) =>
        Name(surface, cues, known) is not null
        // One word only after the noun: "after the storm Smith said" stays rare, "the storm Smith and Jones" does not.
        || (!surface.Contains(' ', StringComparison.Ordinal) && cues.IsStormNoun(TextScan.WordBefore(text, start).ToLowerInvariant()) && !known(surface));
}
