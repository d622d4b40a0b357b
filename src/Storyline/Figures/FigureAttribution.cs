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
    // compounds: the language writes compounds as one word, so that a compound's head is a cue ("Umsatzsynergien").
    public static string? Attribute(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, (int First, int Last) sentence, int figureFirst, int figureLast, FigureKind kind,
        Func<int, bool> insideOtherFigure, bool compounds = false)
    {
        string? best = null;
        var bestDistance = double.MaxValue;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if ((i >= figureFirst && i <= figureLast) || insideOtherFigure(i)
                || (cues.Attributes.MatchAt(text, tokens, i) ?? Head(cues, tokens[i], compounds)) is not { } hit)
            {
                continue;
            }

            // The words of a longer phrase are not cues of their own: "including debt" says valuation, not debt.
            var at = i;
            i += hit.Tokens - 1;

            var parts = hit.Value.Split('\t');
            if (parts.Length > 1 && !parts[1].Split(',').Any(k => k.Trim().Equals(kind.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var distance = at < figureFirst ? figureFirst - (at + hit.Tokens) : 2.0 * (at - figureLast - 1) + 0.5;
            // "a 37,12 euro, vicino al prezzo dell'offerta": a word after a comma that follows the figure is another
            // clause's, which the figure is compared with; it counts only where no word of the figure's own does.
            if (at > figureLast && Enumerable.Range(figureLast + 1, at - figureLast - 1).Any(k => tokens[k].Lower == ","))
            {
                distance += Beyond;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = parts[0];
            }
        }

        return best;
    }

    private const int MinimumHead = 5;

    // Longer than any sentence read: a cue beyond a comma after the figure loses to every cue on its side of the comma.
    private const double Beyond = 1000;

    private static (string Value, int Tokens)? Head(FigureCues cues, FigureToken token, bool compounds) =>
        compounds && token.Lower.Length > MinimumHead + 3 && cues.Attributes.HeadOf(token.Lower, MinimumHead) is { } value ? (value, 1) : null;

    /// <summary>
    /// The subject, from the names of the figure's sentence (<paramref name="inSentence"/>, in text order);
    /// <paramref name="earlier"/> is the article's main organisation named before the sentence, for a sentence that names
    /// its subject by a noun (<paramref name="reference"/>: "the company") or names no one.
    /// </summary>
    /// <param name="inSentence">The names of the figure's sentence, in text order.</param>
    /// <param name="figureStart">Where the figure starts.</param>
    /// <param name="figureEnd">Where the figure ends.</param>
    /// <param name="earlier">The organisation "the company" stands for, if any.</param>
    /// <param name="reference">Where the sentence names an organisation by a noun after a definite article ("the company"), or -1.</param>
    /// <param name="hasAttribute">Whether the figure measures something known (a sentence naming no one then refers back too).</param>
    /// <param name="complement">Whether the mention starting at an offset follows a complement word ("de Meta").</param>
    /// <param name="attribute">What the figure measures, if known: what only organisations have leaves people out.</param>
    /// <param name="previous">The organisation, product or place that opens the sentence before, if one does.</param>
    public static string? Subject(
        IReadOnlyList<(Mention Mention, Entity Entity)> inSentence, int figureStart, int figureEnd, Entity? earlier, int reference, bool hasAttribute, Func<int, bool> complement,
        string? attribute = null, Entity? previous = null)
    {
        var refersBack = reference >= 0;
        static bool Actor(Entity e) => e.Type is EntityType.Organisation or EntityType.Product;
        // "Según Casals, … no afectará a los 210 empleados", "Verschoor put the cost of the strike at more than €6 million":
        // the person says it; a company's staff, costs or users are never a person's.
        if (attribute is not null && OrganisationAttributes.Contains(attribute))
        {
            inSentence = inSentence.Where(m => m.Entity.Type != EntityType.Person).ToList();
        }

        var before = inSentence.Where(m => m.Mention.Start + m.Mention.Length <= figureStart).ToList();
        var after = inSentence.Where(m => m.Mention.Start >= figureEnd).ToList();

        // The clause's subject comes first and is no complement ("Mistral AI, fondée par d'anciens ingénieurs de Meta
        // et Google, a levé ..."); a sentence whose names before the figure are all complements has its subject in a noun
        // ("La start-up a été fondée par d'anciens ingénieurs de Meta et Google et a levé ..."); failing that, the
        // nearest name before, then the first after.
        // "... Northgate Ventures, a deal that values the company at $1.1 billion": a noun that refers back between the
        // sentence's names and the figure is the nearer subject.
        if (earlier is not null && reference >= 0 && reference < figureStart
            && before.TrueForAll(m => m.Mention.Start < reference || !Actor(m.Entity) || complement(m.Mention.Start)))
        {
            return earlier.Name;
        }

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
            return inSentence[0].Entity.Name;
        }

        // "The company has 1,800 employees", or a sentence naming no one about a figure that measures something.
        return refersBack ? earlier?.Name : hasAttribute ? (previous ?? earlier)?.Name : null;
    }

    /// <summary>
    /// What organisations (and places) have and people do not: a person named beside such a figure says it or runs the
    /// company. Salaries, ages, stakes, fines, damages and fees stay open to people.
    /// </summary>
    public static readonly IReadOnlySet<string> OrganisationAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "funding", "valuation", "revenue", "profit", "loss", "budget", "debt", "sales", "market share", "growth", "users",
        "customers", "employees", "jobs", "researchers", "members", "passengers", "cancellations", "units sold", "recalls",
        "countries", "languages", "synergies", "premium", "share price", "share price change", "cost",
    };

    /// <summary>
    /// For each mention (in text order), the article's main organisation among those named up to it: the one the
    /// article names most often, the first named on a tie (news names the organisation it is about first: "Le constructeur
    /// Trivella …, selon l'AFP. L'entreprise a perdu …" is Trivella's). "The company" after mention i stands for entry i.
    /// </summary>
    public static Entity?[] MainOrganisationSoFar(IReadOnlyList<(Mention Mention, Entity Entity)> mentions)
    {
        var result = new Entity?[mentions.Count];
        Entity? best = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var e = mentions[i].Entity;
            if (e.Type == EntityType.Organisation && (best is null || e.Count > best.Count))
            {
                best = e;
            }

            result[i] = best;
        }

        return result;
    }
}
