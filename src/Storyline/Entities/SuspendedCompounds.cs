using System.Text.RegularExpressions;
using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Industrie- und Handelskammer Hamburg", "Nederlandse Voedsel- en Warenautoriteit": where compounds are written as one
/// word (German, Dutch), two compounds that share their last part write the first without it, a hyphen standing for it,
/// and a conjunction joins them. The tagger reads one side only; a name that ends right before "- und X" runs on over
/// the second compound, and one that starts right after "X- und " takes the first in. A person's name is never such a
/// compound: one the tagger read as a person is an organisation, or a place where the catalog knows its last word
/// ("Nord- und Südamerika").
/// </summary>
internal static partial class SuspendedCompounds
{
    public static List<RawMention> Join(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        if (!cues.JoinsCompounds || cues.Conjunctions.Count == 0)
        {
            return mentions;
        }

        return mentions.Select(m =>
        {
            // "CDU- und CSU-Abgeordnete": initials before the hyphen are a party or body of their own, which the shared
            // part ("-Abgeordnete") describes; the compound is no name.
            var (start, end) = (m.Start, m.End);
            if (AcronymNames.IsInitials(text[start..end]))
            {
                return m;
            }

            if (After().Match(text, end) is { Success: true } after && cues.Conjunctions.Contains(after.Groups[1].Value))
            {
                end = after.Index + after.Length;
            }

            var from = Math.Max(0, start - Reach);
            if (Before().Match(text, from, start - from) is { Success: true } before && cues.Conjunctions.Contains(before.Groups[2].Value)
                && !AcronymNames.IsInitials(before.Groups[1].Value))
            {
                start = before.Index;
            }

            if ((start, end) == (m.Start, m.End))
            {
                return m;
            }

            var last = text[start..end].Split(' ')[^1];
            var type = m.ConllType != "PER" ? m.ConllType : catalog.Resolve(last, language) is { Type: EntityType.Place } ? "LOC" : "ORG";
            return new RawMention(start, end, type);
        }).ToList();
    }

    // Right after a name: a hyphen glued to it, a conjunction and a capitalised word.
    [GeneratedRegex(@"\G- (\p{Ll}+) \p{Lu}[\p{L}\-]*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex After();

    // How far before a name the first compound is looked for, in characters: one long word and a conjunction.
    private const int Reach = 64;

    // Right before a name: a capitalised word with a hyphen glued to it (group 1) and a conjunction (group 2).
    [GeneratedRegex(@"\b(\p{Lu}[\p{L}]*)- (\p{Ll}+) $", RegexOptions.CultureInvariant)]
    private static partial Regex Before();
}
