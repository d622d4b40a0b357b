using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "die Heinrichsklinik", "das Marienhospital", "die Albert-Schweitzer-Schule", "das Elisabeth-Krankenhaus": where a compound
/// is written as one word, a hospital or a school named after a person joins the person's first name (in the genitive,
/// "Heinrichs", or with a linking -n, "Marien") to its kind (<c>[institution-heads]</c>, the article's language), and is
/// that institution's name. The tagger reads such a word as a common noun ("Kinderklinik" is one) or as anything else.
/// </summary>
internal static class NamedInstitutions
{
    // Linking letters between a first name and the head: "Heinrich-s-klinik", "Marie-n-hospital", "Josef-s-heim".
    private static readonly string[] Links = ["", "s", "n", "en"];

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, EntityCues cues)
    {
        var heads = cues.InstitutionHeads;
        if (heads.Count == 0)
        {
            yield break;
        }

        foreach (var token in tokens)
        {
            var word = token.Text;
            // In the genitive too: "des Marienhospitals".
            if (word.Length > 1 && char.IsUpper(word[0])
                && (Named(word, heads) || cues.GenitiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal) && Named(word[..^e.Length], heads))))
            {
                yield return new RawMention(token.Start, token.End, "ORG");
            }
        }
    }

    private static bool Named(string word, IReadOnlySet<string> heads)
    {
        var lower = word.ToLowerInvariant();
        foreach (var head in heads)
        {
            if (!lower.EndsWith(head, StringComparison.Ordinal) || lower.Length <= head.Length)
            {
                continue;
            }

            // Every head the word ends in is tried: "Marienhospital" ends in "spital" too.
            var modifier = word[..^head.Length];
            if (modifier.EndsWith('-') ? Hyphenated(word, modifier, head) : Fused(word, modifier, head))
            {
                return true;
            }
        }

        return false;
    }

    // "Albert-Schweitzer-Schule": every part capitalised, one of them a first name.
    private static bool Hyphenated(string word, string modifier, string head)
    {
        var parts = modifier[..^1].Split('-');
        return char.IsUpper(word[^head.Length]) && parts.All(p => p.Length > 1 && char.IsUpper(p[0]))
            && parts.Any(p => FirstNames.Embedded.GenderOf(p) is not null);
    }

    // "Heinrichsklinik": a first name, a linking letter or two, the head in small letters.
    private static bool Fused(string word, string modifier, string head) =>
        char.IsLower(word[^head.Length]) && Links.Any(link => modifier.Length > link.Length + 2
            && modifier.EndsWith(link, StringComparison.Ordinal) && FirstNames.Embedded.GenderOf(modifier[..^link.Length]) is not null);
}
