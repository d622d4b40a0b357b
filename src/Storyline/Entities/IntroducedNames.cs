using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "La société lyonnaise Vantor", "the Lyon-based company Vantor", "el grupo químico italiano Vendrasi": capitalised words
/// right after a noun that introduces an organisation (<c>[organisation-cues]</c>), up to two lower-case adjectives between
/// and what it makes after a linking word ("le fabricant italien de vélos électriques Trivella"), are an organisation's name even where the tagger saw none. Not in languages that capitalise every noun, where the
/// word after "das Unternehmen" is as likely a noun as a name.
/// </summary>
internal static class IntroducedNames
{
    private const int MaxWords = 3;

    private const int MaxAdjectives = 2;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, bool[] covered, EntityCues cues)
    {
        if (cues.Capitalisation.Contains("nouns"))
        {
            yield break;
        }

        for (var j = sentence.Start; j < sentence.End - 1; j++)
        {
            // "Telerscoöperatie Kasgoed uit het Westland …": the noun may open the sentence, with its capital, unless it
            // is a word that opens names itself ("Bank Oudegracht").
            var cue = tokens[j].Text;
            var opening = j == sentence.Start && char.IsUpper(cue[0]) && cue.Skip(1).All(char.IsLower) && !cues.IsDesignator(cue.ToLowerInvariant());
            if (covered[j] || !(char.IsLower(cue[0]) || opening) || !cues.IsOrganisationCue(cue.ToLowerInvariant()))
            {
                continue;
            }

            var first = j + 1;
            while (first < sentence.End - 1 && first - j <= MaxAdjectives && IsAdjective(tokens[first].Text, cues))
            {
                first++;
            }

            // "le fabricant italien de vélos électriques Trivella", "el grupo de moda Vendrasi": a linking word and a
            // lower-case noun, perhaps with its adjective, say what the organisation makes or does.
            if (first + 2 < sentence.End && cues.BodyLinks.Contains(tokens[first].Text) && IsAdjective(tokens[first + 1].Text, cues))
            {
                var complement = first + 2;
                if (complement < sentence.End - 1 && IsAdjective(tokens[complement].Text, cues))
                {
                    complement++;
                }

                if (complement < sentence.End && IsNameWord(tokens[complement].Text, cues, afterFirst: false))
                {
                    first = complement;
                }
            }

            var end = first;
            while (end < sentence.End && end - first < MaxWords && (!covered[end] || Initials(tokens[end].Text, end > first)) && IsNameWord(tokens[end].Text, cues, end > first))
            {
                end++;
            }

            // "French startup H, which raised ...": a name of one capital letter, closed by punctuation.
            if (end == first && first + 1 < sentence.End && !covered[first] && IsLetterName(tokens[first].Text) && tokens[first + 1].Text is "," or "." or ";" or ")")
            {
                end = first + 1;
            }

            if (end > first)
            {
                yield return new RawMention(tokens[first].Start, tokens[end - 1].End, "ORG");
                j = end - 1;
            }
        }
    }

    private static bool IsLetterName(string word) => word.Length == 1 && char.IsUpper(word[0]);

    private static bool IsAdjective(string word, EntityCues cues) =>
        word.Length > 2 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c == '-') && !cues.Prepositions.Contains(word) && !cues.Determiners.Contains(word);

    // After a first word, initials go on with the name ("Spoorgoederen NL"), even where the tagger read them as a name alone.
    private static bool Initials(string word, bool afterFirst) => afterFirst && word.Length > 1 && word.All(char.IsUpper);

    private static bool IsNameWord(string word, EntityCues cues, bool afterFirst) =>
        word.Length > 1 && char.IsUpper(word[0]) && (word.Any(char.IsLower) || (afterFirst && word.All(char.IsUpper)))
        && !cues.Titles.Contains(word.ToLowerInvariant())
        && !cues.Determiners.Contains(word.ToLowerInvariant())
        && !cues.Prepositions.Contains(word.ToLowerInvariant())
        && !cues.OrganisationCues.Contains(word.ToLowerInvariant());
}
