using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// Names at the head of hyphenated compounds ("OpenAI-CEO", "US-Delegation", "Lumora-Chef"): the tagger reads such a
/// compound as one common word, so the part before a hyphen becomes a mention when the article names it elsewhere or
/// the catalog knows it. A compound the tagger already took as a place or person (Baden-Württemberg, Hans-Jürgen) stays whole.
/// </summary>
internal static class CompoundNames
{
    public static IEnumerable<RawMention> Find(
        IReadOnlyList<RawMention> mentions, IReadOnlyList<Token> tokens, string text, NameCatalog catalog, string language)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            known.TryAdd(text[m.Start..m.End], m.ConllType);
        }

        var whole = new Dictionary<(int, int), RawMention>();
        foreach (var m in mentions)
        {
            whole.TryAdd((m.Start, m.End), m);
        }

        foreach (var token in tokens)
        {
            var word = token.Text;
            if (word.IndexOf('-', StringComparison.Ordinal) <= 0 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (whole.TryGetValue((token.Start, token.End), out var tagged) && tagged.ConllType is "PER" or "LOC")
            {
                continue;
            }

            // The longest head first: "Google-DeepMind-Forscher" tries "Google-DeepMind", then "Google".
            for (var hyphen = word.LastIndexOf('-'); hyphen > 0; hyphen = word.LastIndexOf('-', hyphen - 1))
            {
                var head = word[..hyphen];
                var type = known.GetValueOrDefault(head) ?? CatalogType(catalog, head, language);
                if (type is not null)
                {
                    yield return new RawMention(token.Start, token.Start + hyphen, type);
                    break;
                }
            }
        }
    }

    private static string? CatalogType(NameCatalog catalog, string head, string language) =>
        catalog.Match([head], 0) is { Length: 1 } match ? Tagging.TagSet.ConllTypeOf(match.Name.Type) : null;
}
