using Storyline.Figures;
using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Gold speakers as the shared data writes them: the words of a speaker span, with a pronoun ("er", "she") replaced by
/// the nearest speaker span before it in the same article that is not a pronoun. The data labels no coreference, and
/// in news a quote's pronoun almost always takes up the person quoted just before; a pronoun with no earlier named
/// speaker stays as written and so matches no found speaker.
/// </summary>
public static class GoldSpeakers
{
    /// <summary>Resolves the pronouns among <paramref name="speakers"/> (each with its position in the text; null = none).</summary>
    public static IReadOnlyList<string?> Resolve(IReadOnlyList<(int Position, string? Text)> speakers, string language)
    {
        var pronouns = QuoteCues.For(language).Pronouns;
        bool IsPronoun(string t)
        {
            var tokens = FigureTokens.Scan(t);
            // One word: "the company" in quotes.txt stands for an organisation in the stage, but a gold span that says so is
            // no pronoun to resolve.
            return tokens.Count == 1 && pronouns.MatchAt(t, tokens, 0) is { Tokens: 1 };
        }

        var named = speakers.Where(s => s.Text is { } t && !IsPronoun(t)).OrderBy(s => s.Position).ToList();
        return speakers.Select(s => s.Text is { } t && IsPronoun(t)
                ? named.LastOrDefault(n => n.Position < s.Position).Text ?? t
                : s.Text)
            .ToList();
    }
}
