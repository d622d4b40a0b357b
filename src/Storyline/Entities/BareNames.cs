using Storyline.Entities.Tokens;
using Storyline.Figures.Dates;

namespace Storyline.Entities;

/// <summary>
/// Where every noun has a capital, the tagger cannot tell an unknown company from an unknown noun by its looks
/// ("Lotsenfeld", "Kapitalnest"), but the article can: a common noun takes an article, a number or an adjective now and
/// then, a name goes bare each time ("sollte Lotsenfeld …", "über Kapitalnest …", "von Grünhafen …"). A capitalised
/// word the article writes at least twice, once at least inside a sentence, never in small letters, never after a
/// determiner, quantifier, number or contracted article (nor with one adjective between: "der nächsten Runde"), and
/// that is no calendar word, is read with a lean towards a name (<see cref="Lean"/>); the tagger still decides, and it
/// types and bounds the name. Linear.
/// </summary>
internal static class BareNames
{
    /// <summary>What the lean adds to each name label of such a word's tokens, in the model's score units.</summary>
    public const float Lean = 10f;

    public static IReadOnlySet<string> Find(
        IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> sentences, EntityCues cues, DateWords calendar, Lazy<IReadOnlySet<string>> lowerCaseWords)
    {
        if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns))
        {
            return new HashSet<string>();
        }

        var openers = sentences.Select(s => TokenSearch.FirstWord(tokens, s.Start, s.End)).ToHashSet();
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var clothed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (word.Length < 3 || !char.IsUpper(word[0]) || !word.All(char.IsLetter))
            {
                continue;
            }

            counts[word] = counts.GetValueOrDefault(word) + 1;
            if (!openers.Contains(i))
            {
                inside.Add(word);
            }

            // "der nächsten Runde": an adjective between the article and the noun.
            if (i > 0 && (Clothes(tokens[i - 1].Text, cues) || (i > 1 && char.IsLower(tokens[i - 1].Text[0]) && Clothes(tokens[i - 2].Text, cues))))
            {
                clothed.Add(word);
            }
        }

        return counts.Where(c => c.Value >= 2 && inside.Contains(c.Key) && !clothed.Contains(c.Key)
                && !lowerCaseWords.Value.Contains(c.Key.ToLowerInvariant()) && !calendar.IsCalendarWord(c.Key.ToLowerInvariant()))
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The lean for each token of a sentence, or null where none of its words is bare.</summary>
    public static float[]? Leans(IReadOnlyList<string> words, IReadOnlySet<string> bare)
    {
        float[]? leans = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (bare.Contains(words[i]))
            {
                leans ??= new float[words.Count];
                leans[i] = Lean;
            }
        }

        return leans;
    }

    /// <summary>
    /// A bare name the catalog does not know as a place, that the article never writes after a word that places it ("in",
    /// "nach", "aus"), after a noun for a kind of place ("die Gemeinden …") or as its people ("Cochemer"), is an
    /// organisation where the tagger read a place or a name of no type: leaning towards a name it has never seen, it often
    /// does ("Lotsenfeld warf der Gewerkschaft vor"). An organisation is what acts in news that way; people have a first
    /// name somewhere in the article, and the tagger's people are left as they are.
    /// </summary>
    public static List<RawMention> Retype(
        List<RawMention> mentions, IReadOnlySet<string> bare, IReadOnlyList<Token> tokens, string text, EntityCues cues, Func<string, bool> isKnownPlace)
    {
        if (bare.Count == 0)
        {
            return mentions;
        }

        var words = tokens.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var placed = bare.Where(b => cues.PlaceDemonymEndings.Any(e => words.Contains(b + e))).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (bare.Contains(tokens[i].Text) && (cues.PlacesAfter(tokens[i - 1].Text.ToLowerInvariant()) || AfterPlaceNoun(tokens, i, cues)))
            {
                placed.Add(tokens[i].Text);
            }
        }

        return mentions.Select(m => m.ConllType is "LOC" or "MISC" && text[m.Start..m.End] is var surface && bare.Contains(surface)
            && !placed.Contains(surface) && !isKnownPlace(surface) ? m with { ConllType = "ORG" } : m).ToList();
    }

    // "die Gemeinden Burgberg, Rettenberg und Blaichach": a noun for a kind of place ([place-cues], or its plural) before the
    // name, or before the list the name closes.
    private static bool AfterPlaceNoun(IReadOnlyList<Token> tokens, int name, EntityCues cues)
    {
        var k = name - 1;
        while (k >= 2 && (tokens[k].Text == "," || cues.Conjunctions.Contains(tokens[k].Text)) && char.IsUpper(tokens[k - 1].Text[0]))
        {
            k -= 2;
        }

        var lower = tokens[k].Text.ToLowerInvariant();
        return cues.PlaceCues.Contains(lower) || PluralEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal) && cues.PlaceCues.Contains(lower[..^e.Length]));
    }

    // The plurals that add letters to a place noun ("Gemeinden", "Kreise", "Regionen"; not "Städte", which changes a vowel).
    private static readonly string[] PluralEndings = ["n", "en", "e", "er"];

    // The words that make what follows a common noun: "der", "keine", "12", "im".
    private static bool Clothes(string before, EntityCues cues)
    {
        var lower = before.ToLowerInvariant();
        return char.IsDigit(before[0]) || cues.Determiners.Contains(lower) || cues.Quantifiers.Contains(lower)
            || cues.PossessiveDeterminers.Contains(lower) || cues.NounOpeners.Contains(lower);
    }
}
