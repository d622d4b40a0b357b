using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "von Kaltenecker Schadenersatz verlangen", "hatte Wittkamp Filialen geschlossen": where every noun is capitalised, the
/// tagger runs a company's name on over the object after it and reads the two words as a person or a product. Where the
/// first word is an organisation the article names alone elsewhere (read as one, or introduced by a noun for one) and the
/// second a noun of the lexicon, the mention is the company.
/// </summary>
internal static class RunOnNouns
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text, EntityCues cues, NounLexicon nouns)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns) || nouns.IsEmpty)
        {
            return mentions;
        }

        // Read as an organisation, or introduced by a noun for one ("der Heizlüfterhersteller Kaltenecker").
        var organisations = mentions.Where(m => m.ConllType == "ORG" || OrganisationEvidence.Introduced(text, [m], cues))
            .Select(m => text[m.Start..m.End]).ToHashSet(StringComparer.Ordinal);
        return mentions.Select(m =>
        {
            if (m.ConllType == "ORG")
            {
                return m;
            }

            var surface = text[m.Start..m.End];
            var words = surface.Split(' ');
            return words is [var name, var noun] && organisations.Contains(name) && nouns.ListsAsNoun(noun)
                && !cues.IsDesignator(noun) && !OrganisationEvidence.CompoundDesignated(noun, cues) && !cues.IsOrganisationCue(noun.ToLowerInvariant())
                ? new RawMention(m.Start, m.Start + name.Length, "ORG")
                : m;
        }).ToList();
    }
}
