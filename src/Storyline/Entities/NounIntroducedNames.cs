using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "das irische KI-Unternehmen Quillmind", "den Düsseldorfer Konzern Dravensteyn", "des Konzerns Dravensteyn": where every noun is capitalised, a capitalised word
/// right after a noun that introduces an organisation (<c>[organisation-cues]</c>, or a compound ending in one), itself
/// after an article, is the organisation's name when the article reads it as a name everywhere: written again, never
/// after an article ("die Kunden", as in "dass das Unternehmen Kunden verliert"), never ending like a common noun
/// (<c>[noun-endings]</c>: "Stellenstreichungen"), and no place or first name. <see cref="IntroducedNames"/> does this
/// where only names are capitalised, with no such checks.
/// </summary>
internal static class NounIntroducedNames
{
    private const int MaxAdjectives = 2;

    // Shorter capitalised words are initials, particles or nouns like "Amt".
    private const int ShortestName = 3;

    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> sentences, bool[] covered, string text, IReadOnlyList<RawMention> mentions,
        EntityCues cues, NameCatalog catalog, string language)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            yield break;
        }

        foreach (var (start, end) in sentences)
        {
            for (var c = start + 1; c < end; c++)
            {
                var cue = tokens[c - 1].Text;
                var word = tokens[c].Text;
                if (covered[c] || covered[c - 1] || !char.IsUpper(cue[0]) || !IsCue(cue.ToLowerInvariant(), cues) || !AfterArticle(tokens, c - 1, start, cues)
                    || !LooksLikeName(word, cues) || catalog.Resolve(word, language) is not null || FirstNames.Embedded.GenderOf(word) is not null
                    || CommonNouns.WrittenOutsideNames(text, word, cues, mentions) || !WrittenAgain(text, tokens[c]))
                {
                    continue;
                }

                // "die Stiftung Warentest": a noun that is also a designator opens the name.
                yield return new RawMention(cues.IsDesignator(cue) ? tokens[c - 1].Start : tokens[c].Start, tokens[c].End, "ORG");
            }
        }
    }

    // "Konzern", "KI-Unternehmen", "des Konzerns", "des Lastenrad-Start-ups" (a cue written with a hyphen of its own).
    private static bool IsCue(string lower, EntityCues cues) => cues.AsWrittenOrGenitive(lower, word =>
    {
        if (cues.IsOrganisationCue(word))
        {
            return true;
        }

        for (var hyphen = word.IndexOf('-', StringComparison.Ordinal); hyphen > 0 && hyphen + 1 < word.Length; hyphen = word.IndexOf('-', hyphen + 1))
        {
            if (cues.IsOrganisationCue(word[(hyphen + 1)..]))
            {
                return true;
            }
        }

        return false;
    });

    // An article before the noun, with up to two adjectives between, lower-case or a place's ("das irische KI-Unternehmen",
    // "den Düsseldorfer Konzern").
    private static bool AfterArticle(IReadOnlyList<Token> tokens, int noun, int sentenceStart, EntityCues cues)
    {
        var k = noun - 1;
        while (k >= sentenceStart && noun - k <= MaxAdjectives && !cues.Determiners.Contains(tokens[k].Text.ToLowerInvariant())
            && (tokens[k].Text.All(char.IsLower) || MentionCleaner.IsPlaceAdjective(tokens[k].Text, cues)))
        {
            k--;
        }

        return k >= sentenceStart && cues.Determiners.Contains(tokens[k].Text.ToLowerInvariant());
    }

    private static bool LooksLikeName(string word, EntityCues cues)
    {
        var lower = word.ToLowerInvariant();
        return word.Length >= ShortestName && char.IsUpper(word[0]) && word.All(char.IsLetterOrDigit)
            && !cues.Determiners.Contains(lower) && !cues.Prepositions.Contains(lower) && !cues.Titles.Contains(lower)
            && !cues.IsDesignator(word) && !cues.IsOrganisationCue(lower) && !cues.CommonAcronyms.Contains(word)
            && !cues.HasNounEnding(word);
    }

    // The same word elsewhere in the text, whole ("Ein Sprecher von Quillmind"): a name is named again.
    private static bool WrittenAgain(string text, Token token)
    {
        for (var i = text.IndexOf(token.Text, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token.Text, i + 1, StringComparison.Ordinal))
        {
            if (i != token.Start && TextScan.WholeWordAt(text, i, token.Text.Length))
            {
                return true;
            }
        }

        return false;
    }
}
