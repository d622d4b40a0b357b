using Storyline.Entities;

namespace Storyline.Figures;

/// <summary>
/// The takeover an article reports, if any: the first sentence where an acquisition cue (figures.txt [acquisitions]:
/// "agreed to buy", "übernimmt", "le rachat du") stands between two organisations. News gives the deal's value, the
/// price per share and the premium to the company bought even when the buyer is the clause's subject ("Helvara will
/// pay €38.50 a share"), so those figures move from <see cref="Buyer"/> to <see cref="Bought"/>; the synergies the
/// deal is expected to bring are the buyer's, whoever the sentence names ("the companies expect synergies of ...").
/// </summary>
public sealed record Takeover(Entity Buyer, Entity Bought)
{
    /// <summary>What a takeover's figures measure about the company bought (the attribute vocabulary is English in every language).</summary>
    public static readonly IReadOnlySet<string> DealAttributes =
        new HashSet<string>(["valuation", "price", "premium", "share price", "share price change"], StringComparer.Ordinal);

    /// <summary>What a takeover's figures measure about the buyer.</summary>
    public static readonly IReadOnlySet<string> BuyerAttributes = new HashSet<string>(["synergies"], StringComparer.Ordinal);

    // The company bought is named within this many tokens after the cue ("übernimmt den italienischen Arzneimittelhersteller Farmaceutici Orsini").
    private const int Reach = 10;

    private const string Reversed = "reverse";

    /// <summary>The subject a figure about <paramref name="subject"/> measuring <paramref name="attribute"/> really has.</summary>
    public string? SubjectOf(string? subject, string? attribute) => attribute switch
    {
        not null when subject == Buyer.Name && DealAttributes.Contains(attribute) => Bought.Name,
        not null when BuyerAttributes.Contains(attribute) => Buyer.Name,
        _ => subject,
    };

    public static Takeover? Find(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, IReadOnlyList<(int First, int Last)> sentences,
        IReadOnlyList<(Mention Mention, Entity Entity)> mentions)
    {
        var organisations = mentions.Where(m => m.Entity.Type == EntityType.Organisation).ToList();
        if (cues.Acquisitions.IsEmpty || organisations.Select(o => o.Entity).Distinct().Count() < 2)
        {
            return null;
        }

        var from = 0;
        foreach (var (first, last) in sentences)
        {
            var start = tokens[first].Start;
            var end = tokens[last].End;
            while (from < organisations.Count && organisations[from].Mention.Start < start)
            {
                from++;
            }

            var to = from;
            while (to < organisations.Count && organisations[to].Mention.Start < end)
            {
                to++;
            }

            if (to - from >= 2 && InSentence(text, tokens, cues, first, last, organisations.GetRange(from, to - from)) is { } takeover)
            {
                return takeover;
            }
        }

        return null;
    }

    private static Takeover? InSentence(
        string text, IReadOnlyList<FigureToken> tokens, FigureCues cues, int first, int last, List<(Mention Mention, Entity Entity)> organisations)
    {
        for (var i = first; i <= last; i++)
        {
            if (cues.Acquisitions.MatchAt(text, tokens, i) is not { } hit)
            {
                continue;
            }

            var cueEnd = tokens[i + hit.Tokens - 1].End;
            var limit = tokens[Math.Min(last, i + hit.Tokens - 1 + Reach)].End;
            var before = organisations.LastOrDefault(o => o.Mention.Start + o.Mention.Length <= tokens[i].Start).Entity;
            var after = organisations.FirstOrDefault(o => o.Mention.Start >= cueEnd && o.Mention.Start < limit).Entity;
            if (before is not null && after is not null && before != after)
            {
                // "acquired by", "racheté par": the buyer comes after the cue.
                return hit.Value == Reversed ? new Takeover(after, before) : new Takeover(before, after);
            }

            i += hit.Tokens - 1;
        }

        return null;
    }
}
