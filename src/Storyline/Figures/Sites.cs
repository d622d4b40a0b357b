using Storyline.Entities;

namespace Storyline.Figures;

/// <summary>
/// The place a count of people works at, where the sentence puts them there: right after the count and its noun ("une
/// centaine de personnes à Lyon", "oltre 3.000 in Italia"; <c>[site-links]</c> of figures.txt), or in a clause after a
/// company's site named with its place ("un bureau à Berlin, qui accueillera une soixantaine d'ingénieurs", "una filial
/// en Barcelona, con 85 trabajadores"; <c>[sites]</c>), with a comma and no organisation between.
/// Such a count is the place's, not the company's: the company's own headcount is another figure ("impiega circa 4.200
/// persone, di cui oltre 3.000 in Italia"), and a company's seat is no site of its own ("con sede en Parma y unos 4.200
/// empleados").
/// </summary>
internal static class Sites
{
    /// <summary>
    /// The attributes of counts that a site has as a company has them: staff. Users, passengers and flights per country
    /// were measured too (samples/tuning claims 0.323 → 0.355) and left out: held-back figure subjects fell 0.588 → 0.565.
    /// </summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.Ordinal) { "employees" };

    // The count's noun and a word before it ("de personnes") may stand between the count and the link.
    private const int CountedWords = 3;

    // How far before the count a site's place may be named: "ein Büro in Berlin fließen, in dem ab Juli rund 60".
    private const int SiteReach = 12;

    // Words between a site noun and its place: "hub in", "stabilimento di", "bureau à".
    private const int SiteToPlace = 3;

    public static string? Of(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, List<(Mention Mention, Entity Entity)> inSentence, int figureFirst, int figureLast)
    {
        for (var t = figureLast + 1; t < tokens.Count && t <= figureLast + 1 + CountedWords && char.IsLetterOrDigit(tokens[t].Lower[0]); t++)
        {
            if (cues.SiteLinks.MatchAt(text, tokens, t) is { } link && t + link.Tokens < tokens.Count)
            {
                return PlaceAt(inSentence, tokens[t + link.Tokens].Start)?.Name;
            }
        }

        var figureStart = tokens[figureFirst].Start;
        for (var t = figureFirst - 1; t >= 0 && t >= figureFirst - SiteReach; t--)
        {
            if (cues.Sites.MatchAt(text, tokens, t) is not { } site)
            {
                continue;
            }

            for (var p = t + site.Tokens; p < figureFirst && p <= t + site.Tokens + SiteToPlace; p++)
            {
                if (PlaceAt(inSentence, tokens[p].Start) is { } place && Clause(text, inSentence, tokens[p].Start, figureStart))
                {
                    return place.Name;
                }
            }
        }

        return null;
    }

    // Whether the count stands in a clause after the place: a comma between, and no organisation or product named there.
    private static bool Clause(string text, List<(Mention Mention, Entity Entity)> inSentence, int place, int figureStart) =>
        text.AsSpan(place, figureStart - place).Contains(',')
        && !inSentence.Exists(m => m.Mention.Start > place && m.Mention.Start < figureStart && m.Entity.Type is EntityType.Organisation or EntityType.Product);

    private static Entity? PlaceAt(List<(Mention Mention, Entity Entity)> inSentence, int start) =>
        inSentence.Find(m => m.Mention.Start == start && m.Entity.Type == EntityType.Place).Entity;
}
