using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "die Regionalliga Südwest", "in der Oberliga Niederrhein", "der Verbandsliga Südbaden": a word for a league
/// (<c>[league-nouns]</c>, the article's language) and the one capitalised word of its region after it are the league's
/// name, type other, where a name was read ending with the region (the tagger reads it as a place, or the whole as an
/// organisation); not where the word after is anything else ("in der Bundesliga Tore schießen"), nor a league word alone
/// ("Bundesliga", which the gold reads as a common noun).
/// </summary>
internal static class LeagueNames
{
    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, EntityCues cues, IReadOnlyList<RawMention> mentions)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var league = tokens[k].Text;
            var region = tokens[k + 1].Text;
            if (league.Length > 1 && char.IsUpper(league[0]) && cues.IsLeagueNoun(league.ToLowerInvariant())
                && region.Length > 2 && char.IsUpper(region[0]) && region.Skip(1).All(c => char.IsLower(c) || c == '-')
                && tokens[k + 1].Start == tokens[k].End + 1 && mentions.Any(m => m.Start <= tokens[k + 1].Start && tokens[k + 1].End == m.End))
            {
                yield return new RawMention(tokens[k].Start, tokens[k + 1].End, "MISC");
            }
        }
    }
}
