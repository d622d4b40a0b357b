using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "companies like Uber and Arm", "des entreprises comme Airbus, Safran et Thales": the names listed after a plural noun
/// for organisations (<c>[organisation-plurals]</c>) and a word that gives examples (<c>[example-cues]</c>) are
/// organisations. The tagger misses such names where nothing else in the sentence says what they are; a name it found
/// keeps its reading, and the grouper's list rule (names listed with an organisation are organisations) types it from its
/// neighbours. Not where every noun has a capital: "Unternehmen wie Banken und Versicherungen" lists no names.
/// </summary>
internal static class ExampleNames
{
    // Words of one listed name at most.
    private const int MaxWords = 3;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, bool[] covered, EntityCues cues)
    {
        if (cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            yield break;
        }

        for (var j = sentence.Start; j < sentence.End - 2; j++)
        {
            var cue = cues.OrganisationPlurals.Contains(tokens[j].Text.ToLowerInvariant()) ? ExampleCueLength(tokens, j + 1, sentence.End, cues) : 0;
            if (cue == 0)
            {
                continue;
            }

            var k = j + 1 + cue;
            while (k < sentence.End)
            {
                var end = k;
                while (end < sentence.End && end - k < MaxWords && IsNameWord(tokens[end].Text, cues))
                {
                    end++;
                }

                if (end == k)
                {
                    break;
                }

                if (!Enumerable.Range(k, end - k).Any(i => covered[i]))
                {
                    yield return new RawMention(tokens[k].Start, tokens[end - 1].End, "ORG");
                }

                // On along the list: a comma or a conjunction, then the next name.
                if (end < sentence.End && (tokens[end].Text == "," || cues.Conjunctions.Contains(tokens[end].Text)))
                {
                    k = end + 1;
                    continue;
                }

                break;
            }

            j = k;
        }
    }

    // How many tokens the example cue at i takes: one ("like", "wie"), two ("such as", "tra cui") or none.
    private static int ExampleCueLength(IReadOnlyList<Token> tokens, int i, int end, EntityCues cues)
    {
        var one = tokens[i].Text.ToLowerInvariant();
        if (i + 1 < end && cues.ExampleCues.Contains(one + " " + tokens[i + 1].Text.ToLowerInvariant()))
        {
            return 2;
        }

        return cues.ExampleCues.Contains(one) ? 1 : 0;
    }

    private static bool IsNameWord(string word, EntityCues cues) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLetter)
        && !cues.Titles.Contains(word.ToLowerInvariant())
        && !cues.Determiners.Contains(word.ToLowerInvariant())
        && !cues.OrganisationPlurals.Contains(word.ToLowerInvariant());
}
