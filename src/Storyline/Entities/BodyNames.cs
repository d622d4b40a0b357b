using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Bundesministerium für Wirtschaft", "Senatsverwaltung für Wirtschaft", "Ministerio de Economía", "Centraal Bureau voor
/// de Statistiek", "Department of Health": a word naming a kind of public body (<c>[body-heads]</c>; an entry written
/// "-amt" is the end of a compound, "Landesamt"), then a linking word (<c>[body-links]</c>) and capitalised words (two
/// joined by a <c>[conjunctions]</c> word at most), is one organisation's name, with up to two capitalised words before the
/// head ("Centraal Bureau"); so is a head followed by the place it serves ("Landgericht Hamburg", "Bezirksregierung
/// Düsseldorf"). The tagger, trained on Wikipedia, finds the body's subject or place alone or reads the whole as a person.
/// </summary>
internal static class BodyNames
{
    private const int MaxBefore = 2;

    private const int MaxAfter = 4;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, IReadOnlyList<string> words, (int Start, int End) sentence, EntityCues cues, NameCatalog catalog)
    {
        for (var h = sentence.Start; h < sentence.End - 1; h++)
        {
            if (!IsHead(tokens[h].Text, cues))
            {
                continue;
            }

            // "Landgericht Hamburg", "Bezirksregierung Düsseldorf", "Veiligheidsregio Limburg-Noord": the head, then the
            // place whose body it is, with no linking word.
            if (catalog.Match(words, h + 1) is { Name.Type: EntityType.Place } place && h + 1 + place.Length <= sentence.End)
            {
                yield return new RawMention(tokens[h].Start, tokens[h + place.Length].End, "ORG");
                h += place.Length;
                continue;
            }

            if (h + 2 >= sentence.End || !cues.BodyLinks.Contains(tokens[h + 1].Text.ToLowerInvariant()))
            {
                continue;
            }

            // After the link, determiners or an elision ("voor de Statistiek", "dell'Economia"), then the subject.
            var k = h + 2;
            while (k < sentence.End && (cues.Determiners.Contains(tokens[k].Text.ToLowerInvariant()) || MentionCleaner.IsElision(tokens[k].Text.ToLowerInvariant(), cues)))
            {
                k++;
            }

            var end = k;
            while (end < sentence.End && end - k < MaxAfter && IsCapitalised(tokens[end].Text))
            {
                end++;
                if (end + 1 < sentence.End && cues.Conjunctions.Contains(tokens[end].Text) && IsCapitalised(tokens[end + 1].Text))
                {
                    end++;
                }
            }

            if (end == k)
            {
                continue;
            }

            var first = h;
            while (first > sentence.Start + 1 && h - first < MaxBefore && IsCapitalised(tokens[first - 1].Text)
                && !cues.Determiners.Contains(tokens[first - 1].Text.ToLowerInvariant()))
            {
                first--;
            }

            yield return new RawMention(tokens[first].Start, tokens[end - 1].End, "ORG");
            h = end - 1;
        }
    }

    private static bool IsHead(string word, EntityCues cues) =>
        word.Length >= 3 && char.IsUpper(word[0]) && cues.IsBodyHead(word.ToLowerInvariant());

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
}
