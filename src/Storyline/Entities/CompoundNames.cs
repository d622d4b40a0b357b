using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// Names at the head of hyphenated compounds ("OpenAI-CEO", "US-Delegation", "Lumora-Chef"): the tagger reads such a
/// compound as one common word, so the part before a hyphen becomes a mention when the article names it elsewhere or
/// the catalog knows it. A compound the tagger already took as a place or person (Baden-Württemberg, Hans-Jürgen) stays whole;
/// one that ends in a place adjective of the article's <c>[adjective-endings]</c> ("Oost-Duitse") has no name at its head.
/// Where nouns are capitalised, a name of several words that the tagger ran on into a compound's noun ("von zwei früheren
/// Google DeepMind-Mitarbeitern", "die Deutsche Bahn-Tochter") ends before the hyphen, unless that noun names what the name
/// is ("Kölner Stadt-Anzeiger": <c>[media-heads]</c>; "Europäische Arzneimittel-Agentur": <c>[body-heads]</c>).
/// </summary>
internal static class CompoundNames
{
    /// <summary>A compound's noun is longer than the names that end a region's double name ("Weser-Ems", "Rhein-Main").</summary>
    public const int ShortestNoun = 5;

    /// <summary>The names at compounds' heads, at most one starting at any place (the recognizer swaps each for what it cuts).</summary>
    public static IEnumerable<RawMention> Find(
        IReadOnlyList<RawMention> mentions, IReadOnlyList<Token> tokens, string text, NameCatalog catalog, string language, bool capitalisedNouns,
        Func<string, bool>? namesKind = null, IReadOnlySet<string>? adjectiveEndings = null, IReadOnlySet<string>? shortNames = null,
        IReadOnlySet<string>? genitiveEndings = null)
    {
        var heads = Heads(mentions, tokens, text, catalog, language, adjectiveEndings ?? new HashSet<string>(), shortNames, genitiveEndings ?? new HashSet<string>(), namesKind).ToList();
        var starts = heads.Select(h => h.Start).ToHashSet();
        // "im SPD-Bezirk Hessen-Nord …": the first word's head (SPD) is the name, wherever the last word ends.
        return capitalisedNouns
            ? heads.Concat(mentions.Select(m => NounRunOn(m, text, catalog, language, namesKind)).OfType<RawMention>().Where(m => starts.Add(m.Start)))
            : heads;
    }

    private static IEnumerable<RawMention> Heads(
        IReadOnlyList<RawMention> mentions, IReadOnlyList<Token> tokens, string text, NameCatalog catalog, string language,
        IReadOnlySet<string> adjectiveEndings, IReadOnlySet<string>? shortNames, IReadOnlySet<string> genitiveEndings, Func<string, bool>? namesKind)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            known.TryAdd(text[m.Start..m.End], m.ConllType);
        }

        // "Kaltenecker Haustechnik GmbH", then "Kaltenecker-Geschäftsführer": an organisation's short name heads compounds too.
        foreach (var name in shortNames ?? new HashSet<string>())
        {
            known.TryAdd(name, "ORG");
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

            // Inside a longer place's or person's name the compound is part of it ("Bezirk Weser-Ems", though the Weser is a river).
            if (mentions.Any(m => m.ConllType is "PER" or "LOC" && m.Start <= token.Start && token.End <= m.End && m.End - m.Start > token.End - token.Start))
            {
                continue;
            }

            // "der „Mosel-Eifel-Kurier“": an organisation whose compound ends in what it is (a paper, a body) is named whole.
            if (tagged is { ConllType: "ORG" } && namesKind is not null && namesKind(word[(word.LastIndexOf('-') + 1)..].ToLowerInvariant()))
            {
                continue;
            }

            // "het Noord-Italiaanse Lumezzane", "het Oost-Duitse Guben": a compound that ends in a place adjective is one
            // adjective ("northern Italian"), not the place "Noord" before a noun.
            if (DemonymAdjectives.IsAdjective(word.AsSpan(word.LastIndexOf('-') + 1), adjectiveEndings))
            {
                continue;
            }

            // A compound the catalog knows whole is that name, not its head: "in Sachsen-Anhalt" is no Saxony, nor is the
            // genitive "Sachsen-Anhalts" ("Baden-Württembergs" is no Baden).
            if ((CatalogType(catalog, word, language)
                ?? genitiveEndings.Where(e => word.Length > e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal))
                    .Select(e => CatalogType(catalog, word[..^e.Length], language)).FirstOrDefault(t => t is not null)) is { } wholeType)
            {
                if (tagged is null)
                {
                    yield return new RawMention(token.Start, token.End, wholeType);
                }

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

    // A name of two words or more (one word is the compound itself: "Sachsen-Anhalt") whose last word is a hyphenated
    // compound ending in a noun of at least ShortestNoun letters; a person keeps a double surname (Schmidt-Weber), and a
    // last word the catalog knows whole or in part joins two names ("Nordrhein-Westfalen", "Region Weser-Ems").
    private static RawMention? NounRunOn(RawMention m, string text, NameCatalog catalog, string language, Func<string, bool>? namesKind)
    {
        var span = text.AsSpan(m.Start, m.End - m.Start);
        var space = span.LastIndexOf(' ');
        var hyphen = span.LastIndexOf('-');
        if (m.ConllType == "PER" || space <= 0 || hyphen < space + 2 || hyphen + ShortestNoun >= span.Length)
        {
            return null;
        }

        var tail = span[(hyphen + 1)..].ToString();
        string[] known = [span[(space + 1)..].ToString(), span[(space + 1)..hyphen].ToString(), tail];
        return char.IsUpper(tail[0]) && tail[1..].All(char.IsLower) && known.All(word => CatalogType(catalog, word, language) is null)
            && namesKind?.Invoke(tail.ToLowerInvariant()) != true
            ? new RawMention(m.Start, m.Start + hyphen, m.ConllType)
            : null;
    }

    private static string? CatalogType(NameCatalog catalog, string head, string language) =>
        catalog.Match([head], 0) is { Length: 1 } match ? Tagging.TagSet.ConllTypeOf(match.Name.Type) : null;
}
