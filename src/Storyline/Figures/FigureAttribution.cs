using Storyline.Entities;

namespace Storyline.Figures;

/// <summary>
/// Which entity a figure is about and what it measures, from its sentence. Attribute: the counted noun's own
/// ("1,800 employees"), else the nearest attribute word of the sentence that fits the figure's kind, words before the
/// figure counting half the distance of words after ("levée de fonds de 6,6 milliards" → funding, "$157bn valuation" →
/// valuation). Subject: the first organisation or product of the sentence before the figure that is not a complement,
/// else a person, else the nearest name; a sentence naming no one ("The company has 1,800 employees") takes the last organisation named before
/// it in the article, when the figure has an attribute.
/// </summary>
public static class FigureAttribution
{
    public static string? Attribute(string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, (int First, int Last) sentence, int figureFirst, int figureLast, FigureKind kind, Func<int, bool> insideOtherFigure)
    {
        string? best = null;
        var bestDistance = double.MaxValue;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if ((i >= figureFirst && i <= figureLast) || insideOtherFigure(i) || cues.Attributes.MatchAt(text, tokens, i) is not { } hit)
            {
                continue;
            }

            var parts = hit.Value.Split('\t');
            if (parts.Length > 1 && !parts[1].Split(',').Any(k => k.Trim().Equals(kind.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var distance = i < figureFirst ? figureFirst - (i + hit.Tokens) : 2.0 * (i - figureLast - 1) + 0.5;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = parts[0];
            }
        }

        return best;
    }

    /// <summary>The subject; <c>refersBack</c> tells whether the sentence names its subject by a noun ("the company"); <c>complement</c> tells whether the mention starting at an offset follows a complement word ("de Meta").</summary>
    public static string? Subject(IReadOnlyList<(Mention Mention, Entity Entity)> mentions, int sentenceStart, int sentenceEnd, int figureStart, int figureEnd, bool refersBack, bool hasAttribute, Func<int, bool> complement)
    {
        static bool Actor(Entity e) => e.Type is EntityType.Organisation or EntityType.Product;
        var inSentence = mentions.Where(m => m.Mention.Start >= sentenceStart && m.Mention.Start + m.Mention.Length <= sentenceEnd).ToList();
        var before = inSentence.Where(m => m.Mention.Start + m.Mention.Length <= figureStart).ToList();
        var after = inSentence.Where(m => m.Mention.Start >= figureEnd).ToList();

        // The clause's subject comes first and is no complement ("Mistral AI, fondée par d'anciens ingénieurs de Meta
        // et Google, a levé ..."); failing that, the nearest name before, then the first after.
        // A sentence whose names before the figure are all complements has its subject in a noun ("La start-up a été
        // fondée par d'anciens ingénieurs de Meta et Google et a levé ..."): the organisation named last before it.
        // "The company" is the article's main organisation so far: the one named most often before, the latest on a tie.
        var earlier = mentions.Where(m => m.Entity.Type == EntityType.Organisation && m.Mention.Start < sentenceStart)
            .GroupBy(m => m.Entity.Name, StringComparer.Ordinal)
            .Select(g => (Entity: g.First().Entity, Count: g.Count(), Last: g.Max(m => m.Mention.Start)))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.Last)
            .FirstOrDefault().Entity;
        var pick = before.FirstOrDefault(m => Actor(m.Entity) && !complement(m.Mention.Start)).Entity
            ?? before.FirstOrDefault(m => m.Entity.Type == EntityType.Person && !complement(m.Mention.Start)).Entity
            ?? (refersBack && before.Exists(m => Actor(m.Entity) || m.Entity.Type == EntityType.Person) ? earlier : null)
            ?? before.LastOrDefault(m => Actor(m.Entity)).Entity
            ?? after.FirstOrDefault(m => Actor(m.Entity) && !complement(m.Mention.Start)).Entity
            ?? (refersBack ? earlier : null)
            ?? after.FirstOrDefault(m => Actor(m.Entity)).Entity
            ?? before.LastOrDefault(m => m.Entity.Type == EntityType.Person).Entity
            ?? after.FirstOrDefault(m => m.Entity.Type == EntityType.Person).Entity;
        if (pick is not null)
        {
            return pick.Name;
        }

        if (inSentence.Count > 0)
        {
            return inSentence.FirstOrDefault().Entity?.Name;
        }

        // "The company has 1,800 employees", or a sentence naming no one about a figure that measures something: the last
        // organisation named before.
        return refersBack || hasAttribute ? earlier?.Name : null;
    }
}
