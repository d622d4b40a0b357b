using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// One name, one reading per article: a name the tagger found is marked wherever else the article writes it the same
/// way (same tokens, same capitals) and the tagger missed it; a person's surname alone (Fournier after Arnaud Fournier)
/// is that person; an organisation's short name (<see cref="OrganisationShortNames"/>) is that organisation where no
/// capitalised word follows it ("Noordwind laat weten", not "Noordwind Go"). A one-word name the tagger took in fewer
/// than a third of the places it occurs is dropped everywhere instead: the tagger's reading there was the exception (an
/// "AI" read as a person once). A lower-case word the tagger took in before a name is cut first (<see
/// cref="WithoutLeadingWords"/>). Linear: a lookup per token and name length.
/// </summary>
internal static class MentionSpreader
{
    private const int MaxTokens = 6;

    public static List<RawMention> Spread(
        List<RawMention> mentions, IReadOnlyList<Token> tokens, string text, IReadOnlySet<string> genitiveEndings, IReadOnlySet<string> shortNames)
    {
        var covered = new bool[tokens.Count];
        var startIndex = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            startIndex[tokens[i].Start] = i;
        }

        mentions = WithParticles(WithoutLeadingWords(mentions, text), tokens, text);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var tagged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var surface = text[m.Start..m.End];
            known.TryAdd(surface, m.ConllType);
            tagged[surface] = tagged.GetValueOrDefault(surface) + 1;
            var space = surface.LastIndexOf(' ');
            if (m.ConllType == "PER" && space > 0 && space < surface.Length - 2)
            {
                known.TryAdd(surface[(space + 1)..], "PER");
                tagged[surface[(space + 1)..]] = 1_000_000;
                foreach (var particled in ParticledSurnames(surface))
                {
                    known.TryAdd(particled, "PER");
                    tagged[particled] = 1_000_000;
                }
            }
            if (startIndex.TryGetValue(m.Start, out var t))
            {
                for (var i = t; i < tokens.Count && tokens[i].Start < m.End; i++)
                {
                    covered[i] = true;
                }
            }
        }

        foreach (var name in shortNames)
        {
            known.TryAdd(name, "ORG");
            tagged[name] = 1_000_000;
        }

        var occurrences = tokens.GroupBy(t => t.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rare = tagged
            .Where(t => !t.Key.Contains(' ', StringComparison.Ordinal) && occurrences.GetValueOrDefault(t.Key) > 2 && t.Value * 3 < occurrences[t.Key])
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var surface in rare)
        {
            known.Remove(surface);
        }

        var added = mentions.Where(m => !rare.Contains(text[m.Start..m.End])).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !MentionCleaner.HasCapitalOrDigit(tokens[i].Text))
            {
                continue;
            }

            for (var length = Math.Min(MaxTokens, tokens.Count - i); length >= 1; length--)
            {
                if (Enumerable.Range(i, length).Any(k => covered[k]))
                {
                    continue;
                }

                var surface = text[tokens[i].Start..tokens[i + length - 1].End];
                if ((known.TryGetValue(surface, out var type) || (length == 1 && TryGenitive(surface, known, genitiveEndings, out type)))
                    && IsWholeWord(text, tokens[i].Start, tokens[i + length - 1].End)
                    && !(shortNames.Contains(surface) && i + length < tokens.Count && char.IsUpper(tokens[i + length].Text[0])))
                {
                    added.Add(new RawMention(tokens[i].Start, tokens[i + length - 1].End, type));
                    for (var k = i; k < i + length; k++)
                    {
                        covered[k] = true;
                    }

                    break;
                }
            }
        }

        return added;
    }

    // "Marc Van Hove", "Youssef El Amrani", "Eveline van der Kooij": the surname with the short particles before it (two at
    // most, after a first name), written so alone ("Van Hove", "Van der Kooij").
    private static string? ParticledSurname(string person)
    {
        var words = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length - 1;
        while (first > 1 && words.Length - 1 - first < MaxParticles && IsParticle(words[first - 1]))
        {
            first--;
        }

        return first < words.Length - 1 ? string.Join(' ', words[first..]) : null;
    }

    // "van", "der", "El", "’t": a short word of letters (an apostrophe for an elided article).
    private static bool IsParticle(string word) => word.Length <= MaxParticle && word.All(c => char.IsLetter(c) || c is '\'' or '’');

    private const int MaxParticles = 2;

    // "Arie van Wijngaarden", then "Van Wijngaarden begon …": Dutch writes the particle with a capital where no first name
    // comes before it, so the surname alone is written both ways.
    private static IEnumerable<string> ParticledSurnames(string person)
    {
        if (ParticledSurname(person) is not { } particled)
        {
            yield break;
        }

        yield return particled;
        if (char.IsLower(particled[0]))
        {
            yield return char.ToUpperInvariant(particled[0]) + particled[1..];
        }
    }

    private const int MaxParticle = 3;

    // "Van Hove" where the tagger found "Hove" alone, after "Marc Van Hove": the particle goes back to the surname.
    private static List<RawMention> WithParticles(List<RawMention> mentions, IReadOnlyList<Token> tokens, string text)
    {
        var particled = mentions.Where(m => m.ConllType == "PER").SelectMany(m => ParticledSurnames(text[m.Start..m.End])).ToHashSet(StringComparer.Ordinal);
        if (particled.Count == 0)
        {
            return mentions;
        }

        return mentions.Select(m =>
        {
            var first = TokenSearch.FirstFrom(tokens, m.Start);
            if (m.ConllType != "PER" || first >= tokens.Count || tokens[first].Start != m.Start)
            {
                return m;
            }

            // The longest particled form first: "Van der Kooij" before "der Kooij".
            for (var before = Math.Max(0, first - MaxParticles); before < first; before++)
            {
                var start = tokens[before].Start;
                if (particled.Contains(text[start..m.End].Replace('\n', ' ')) && !mentions.Exists(o => o.Start <= start && start < o.End))
                {
                    return m with { Start = start };
                }
            }

            return m;
        }).ToList();
    }

    // ", da Morvan als Europäerin gelte": a lower-case word the tagger took in before a name the text writes elsewhere
    // without it (the surname of "Claire Morvan", or the name alone) is no particle of that name ("van Gogh" is only ever
    // written with its particle) and is cut.
    internal static List<RawMention> WithoutLeadingWords(List<RawMention> mentions, string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var particled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var surface = text[m.Start..m.End];
            if (!char.IsLower(surface[0]))
            {
                names.Add(surface);
                var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (m.ConllType == "PER" && words.Length > 1)
                {
                    names.Add(words[^1]);
                    if (words.Length > 2 && char.IsLower(words[^2][0]))
                    {
                        // "Vincent van Gogh": "van Gogh" is how the surname is written.
                        particled.Add(words[^2] + " " + words[^1]);
                    }
                }
            }
        }

        return mentions.Select(m =>
        {
            var surface = text[m.Start..m.End];
            var space = surface.IndexOf(' ', StringComparison.Ordinal);
            return char.IsLower(surface[0]) && space > 0 && names.Contains(surface[(space + 1)..]) && !particled.Contains(surface)
                ? m with { Start = m.Start + space + 1 }
                : m;
        }).ToList();
    }

    // "Deutschlands" after "Deutschland": the same name in the genitive.
    private static bool TryGenitive(string word, Dictionary<string, string> known, IReadOnlySet<string> endings, out string type)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal) && known.TryGetValue(word[..^ending.Length], out type!))
            {
                return true;
            }
        }

        type = "";
        return false;
    }

    private static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
}
