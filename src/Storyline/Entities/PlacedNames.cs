using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Il fiume Savio", "la gare de Perrache", "le quartier de la Part-Dieu", "im Werk Lahr", "die Provinz Forlì-Cesena":
/// capitalised words right after a noun for a kind of place (<c>[place-cues]</c>, or its genitive, then maybe a <c>[place-links]</c> word
/// and an article) are that place's name. The tagger reads invented and small places as people ("Savio", a surname
/// too) or misses them; here they are places, the noun is cut from a name the tagger ran over it, and a name it missed
/// is added. The noun is written in lower case, except where the language capitalises every noun; "Lake Geneva",
/// "River Thames" keep their capitalised noun inside the name. Where every noun has a capital, the tagger's silence is
/// kept for a word the text also writes after an article ("der Stadt Geld geben", "das Geld") and for one with an
/// inflection ending ("dieses Werk Maßstäbe setzen"), unless the catalog knows the name as a place.
/// </summary>
internal static class PlacedNames
{
    private const int MaxWords = 3;

    public static List<RawMention> Apply(
        List<RawMention> mentions, IReadOnlyList<Token> tokens, string text, IEnumerable<(int Start, int End)> sentences, EntityCues cues,
        Func<string, bool> knownPlace)
    {
        if (cues.PlaceCues.Count == 0)
        {
            return mentions;
        }

        var nouns = cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns);
        var owner = Owners(mentions, tokens);
        var isNoun = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (start, end) in sentences)
        {
            for (var j = start; j < end - 1; j++)
            {
                if (Name(tokens, j, end, cues, nouns) is not var (first, last))
                {
                    continue;
                }

                var (nameStart, nameEnd) = (tokens[first].Start, tokens[last - 1].End);
                var overlapping = Enumerable.Range(j, last - j).Select(i => owner[i]).Where(o => o >= 0).Distinct().ToList();
                if (overlapping.Count == 0)
                {
                    if (!nouns || knownPlace(text[nameStart..nameEnd]) || !Enumerable.Range(first, last - first).Any(i => Noun(tokens[i].Text)))
                    {
                        mentions.Add(new RawMention(nameStart, nameEnd, "LOC"));
                    }
                }
                else if (overlapping.Count == 1 && mentions[overlapping[0]] is var m && m.Start >= tokens[j].Start && m.Start <= nameStart
                    && m.End > nameStart && m.End <= nameEnd)
                {
                    mentions[overlapping[0]] = m with { Start = nameStart, ConllType = "LOC" };
                }

                j = last - 1;
            }
        }

        return mentions;

        // Read once a word: the text is searched for it after an article.
        bool Noun(string word)
        {
            if (!isNoun.TryGetValue(word, out var noun))
            {
                isNoun[word] = noun = cues.InflectionEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal))
                    || CommonNouns.WrittenOutsideNames(text, word, cues, mentions);
            }

            return noun;
        }
    }

    /// <summary>For each token, the index of a mention over it, or -1: one pass over the mentions, a binary search each.</summary>
    public static int[] Owners(List<RawMention> mentions, IReadOnlyList<Token> tokens)
    {
        var owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        for (var k = 0; k < mentions.Count; k++)
        {
            var i = TokenSearch.FirstFrom(tokens, mentions[k].Start);
            if (i > 0 && tokens[i - 1].End > mentions[k].Start)
            {
                i--;
            }

            for (; i < tokens.Count && tokens[i].Start < mentions[k].End; i++)
            {
                if (owner[i] < 0)
                {
                    owner[i] = k;
                }
            }
        }

        return owner;
    }

    // The tokens of the name after a place noun at token j: [first, last).
    private static (int First, int Last)? Name(IReadOnlyList<Token> tokens, int j, int end, EntityCues cues, bool nouns)
    {
        var cue = tokens[j].Text;
        if ((nouns ? !char.IsUpper(cue[0]) : !char.IsLower(cue[0])) || !cues.AsWrittenOrGenitive(cue.ToLowerInvariant(), cues.PlaceCues.Contains))
        {
            return null;
        }

        var first = j + 1;
        if (first < end && cues.PlaceLinks.Contains(tokens[first].Text.ToLowerInvariant()))
        {
            first++;
            if (first < end && cues.Determiners.Contains(tokens[first].Text.ToLowerInvariant()))
            {
                first++;
            }
        }

        var last = first;
        while (last < end && last - first < MaxWords && IsNameWord(tokens[last].Text, cues))
        {
            last++;
        }

        return last > first ? (first, last) : null;
    }

    // A capitalised word with a small letter ("Savio", "Part-Dieu"), or a road's number ("A9", "E45").
    private static bool IsNameWord(string word, EntityCues cues)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (RoadNumber(word))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        return word.Any(char.IsLower) && !word.Any(char.IsDigit)
            && !cues.Titles.Contains(lower) && !cues.Determiners.Contains(lower) && !cues.Prepositions.Contains(lower)
            && !cues.OrganisationCues.Contains(lower) && !cues.PlaceCues.Contains(lower);
    }

    private static bool RoadNumber(string word)
    {
        var letters = word.TakeWhile(char.IsAsciiLetterUpper).Count();
        var rest = word.AsSpan(letters).TrimStart('-');
        return letters is 1 or 2 && rest.Length is >= 1 and <= 3 && !rest.ContainsAnyExceptInRange('0', '9');
    }
}
