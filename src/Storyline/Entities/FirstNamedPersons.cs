using Storyline.Entities.Names;
using Storyline.Entities.Tokens;
using Storyline.Figures.Dates;

namespace Storyline.Entities;

/// <summary>
/// "Mareike Osterhagen, Geschäftsführerin des Gründerforums", "GLL-Verhandlungsführer Torben Vahldiek:": a first name of
/// the name lists (one list is enough: "Mareike" and "Torben" are in the German one only), then one capitalised word, then
/// no further capitalised word, is a person's full name where the tagger read nothing there or one of the two words alone
/// (a surname it took for a place). News introduces a person by first name and surname; the tagger misses names it never
/// saw. Not where a capitalised word before the first name may open a longer name (other than a title), where the catalog
/// knows the pair or the surname as more than a small town ("Osterburg" is one, and a surname), where either word is a
/// calendar word ("May"), where the second word is a street's or an organisation's noun ("Rose Street"), where the first
/// word is a quantifier ("Alle Nutzer") or written in small letters elsewhere in the text ("Ein Streik"), or where the
/// second is a noun the text writes after an article.
/// </summary>
internal static class FirstNamedPersons
{
    // mentions: those read so far in this sentence; lowerCaseWords and nounsAfterArticles: of the whole text, read on first use.
    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, string[] words, (int Start, int End) sentence, IReadOnlyList<RawMention> mentions, NameCatalog catalog,
        string language, EntityCues cues, DateWords dates, Lazy<IReadOnlySet<string>> lowerCaseWords, Lazy<IReadOnlySet<string>> nounsAfterArticles)
    {
        for (var i = sentence.Start; i + 1 < sentence.End; i++)
        {
            var first = words[i];
            // "Ein", "Alle", "An": a word the text also writes in small letters, or a determiner, preposition or pronoun of the
            // language, is no first name there, whatever a list of names holds.
            var lower = first.ToLowerInvariant();
            if (first.Length < 2 || !char.IsUpper(first[0]) || !first.Skip(1).All(char.IsLower) || !FirstNames.Embedded.Listed(first)
                || lowerCaseWords.Value.Contains(lower) || !TitledNames.IsSurname(first, cues)
                || cues.PossessiveDeterminers.Contains(lower) || cues.Quantifiers.Contains(lower))
            {
                continue;
            }

            var surname = words[i + 1];
            var end = tokens[i + 1].End;
            if (!TitledNames.IsSurname(surname, cues) || FirstNames.Embedded.GenderOf(surname) is not null
                || (i + 2 < sentence.End && char.IsUpper(words[i + 2][0]))
                || (i > sentence.Start && char.IsUpper(words[i - 1][0]) && !TitledNames.IsTitle(words[i - 1], cues))
                || dates.IsCalendarWord(first) || dates.IsCalendarWord(surname)
                || catalog.Match(words, i) is not null || TitledNames.Known(words, i + 1, catalog, language)
                || cues.IsOrganisationCue(surname.ToLowerInvariant()) || cues.StreetCues.Contains(surname.ToLowerInvariant())
                || mentions.Any(m => m.Start < end && tokens[i].Start < m.End && (m.Start < tokens[i].Start || m.End > end || m.ConllType == "PER"))
                // "Ein Streik … ein Warnstreik": where nouns are capitalised, a noun the text writes after an article is no surname.
                || nounsAfterArticles.Value.Contains(surname))
            {
                continue;
            }

            yield return new RawMention(tokens[i].Start, end, Tagging.TagSet.ConllTypeOf(EntityType.Person));
            i++;
        }
    }
}
