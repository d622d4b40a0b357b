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

    // How many tokens back a site named with its place is looked for, from the sentence that takes it up.
    private const int TakenUpReach = 80;

    /// <summary>
    /// "Lumora opened its Berlin engineering centre on Monday. The office … currently houses 34 staff": a sentence that opens
    /// with a site's noun (its determiner and the noun), with no place right after the noun, takes up the last site named with
    /// its place before it (the place within <see cref="SiteToPlace"/> words of the site's noun, on either side).
    /// <paramref name="before"/>: the index of the first of <paramref name="mentions"/> (in text order) in the sentence.
    /// </summary>
    public static string? TakenUp(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, IReadOnlyList<(Mention Mention, Entity Entity)> mentions, int before,
        int sentenceFirst, int figureFirst)
    {
        var noun = Enumerable.Range(sentenceFirst, 2).Where(t => t < figureFirst && cues.Sites.MatchAt(text, tokens, t) is not null).Select(t => (int?)t).FirstOrDefault();
        if (noun is not { } opening)
        {
            return null;
        }

        // "The plant in Lyon employs 100 people": a site named with its place here is a site of its own. A place further on
        // says where the site taken up stands ("The office, in a converted warehouse in Friedrichshain, …").
        var near = tokens[Math.Min(figureFirst, opening + 1 + SiteToPlace) - 1].End;
        if (mentions.Skip(before).TakeWhile(m => m.Mention.Start < near).FirstOrDefault(m => m.Entity.Type == EntityType.Place).Entity is { } own)
        {
            return own.Name;
        }

        for (var t = sentenceFirst - 1; t >= 0 && t >= sentenceFirst - TakenUpReach; t--)
        {
            if (cues.Sites.MatchAt(text, tokens, t) is not { } site)
            {
                continue;
            }

            var (from, to) = (tokens[Math.Max(0, t - SiteToPlace)].Start, tokens[Math.Min(tokens.Count - 1, t + site.Tokens + SiteToPlace - 1)].End);
            for (var m = before - 1; m >= 0 && mentions[m].Mention.Start >= from; m--)
            {
                if (mentions[m].Entity.Type == EntityType.Place && mentions[m].Mention.Start < to)
                {
                    return mentions[m].Entity.Name;
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
