using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// An organisation named with its designator is later named without it: "Noordwind Airlines", then "Noordwind laat
/// weten …"; "Rhenova Chemie GmbH", then "Rhenova Chemie" or "Rhenova". A short name is what is left once one or more of
/// the designators at the end are cut; a name closed by a legal form is also called by its first word ("Maaskade Terminals
/// B.V.", then "Maaskade"). Not when what is left names something else: a place the catalog knows (Singapore Airlines) or a
/// nationality (American Airlines, British Airways), which stand alone in every article about something else.
/// </summary>
internal static class OrganisationShortNames
{
    public static HashSet<string> Of(IEnumerable<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            // Each designator cut from the end leaves a short name: "Rhenova Chemie GmbH" is also "Rhenova Chemie" and "Rhenova".
            var words = text[m.Start..m.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "Quellmann Pumpentechnik" is also "Quellmann": a compound closed by a designator is cut as one.
            for (var kept = words.Length - 1; kept > 0 && (cues.IsDesignator(words[kept]) || (kept == words.Length - 1 && OrganisationEvidence.CompoundDesignated(words[kept], cues))); kept--)
            {
                if (!words[..kept].All(w => char.IsUpper(w[0])))
                {
                    break;
                }

                var name = string.Join(' ', words[..kept]);
                if (catalog.Resolve(name, language) is null && !cues.DemonymEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
                {
                    names.Add(name);
                }
            }

            // "SpVgg Haldenbrunn 1921", then "Haldenbrunn ging in Führung": a club is called without its letters and year.
            if (words.Length > 1 && words.SkipWhile(w => w.EndsWith('.')).FirstOrDefault() is { } letters && ClubNames.IsPrefix(letters, cues)
                && words.SkipWhile(w => w != letters).Skip(1).Where(w => !w.All(char.IsAsciiDigit)).ToArray() is { Length: > 0 } club
                && club.All(w => char.IsUpper(w[0])) && string.Join(' ', club) is var clubName && catalog.Resolve(clubName, language) is null)
            {
                names.Add(clubName);
            }

            // "Maaskade Terminals B.V.", then "Maaskade betreibt …": a company registered under its legal form is called by its
            // first word, whatever the words between; not by a place, a nationality or a first name ("Hugo Boss AG").
            if (words.Length > 2 && ShortForm.IsLegalForm(words[^1], cues.OrganisationDesignators) && words[0] is var first
                && first.Length >= ShortestFirstWord && char.IsUpper(first[0]) && first.All(char.IsLetter)
                && catalog.Resolve(first, language) is null && FirstNames.Embedded.GenderOf(first) is null
                && !cues.DemonymEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal))
                && !cues.Determiners.Contains(first.ToLowerInvariant()))
            {
                names.Add(first);
            }
        }

        return names;
    }

    // Shorter first words are initials or particles.
    private const int ShortestFirstWord = 4;
}
