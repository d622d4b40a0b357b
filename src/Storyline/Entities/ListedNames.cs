using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "Ámsterdam y Barcelona", "Bergamo e Ravenna", "dal Veneto alla Sardegna": two names the tagger read as one across a
/// lower-case conjunction or preposition. Where the catalog knows both sides, each is a name of its own of the type the
/// catalog gives ("Procter and Gamble", "Marks and Spencer" are left whole: the catalog knows neither side).
/// </summary>
internal static class ListedNames
{
    public static List<RawMention> Split(List<RawMention> mentions, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        var result = new List<RawMention>(mentions.Count);
        foreach (var m in mentions)
        {
            result.AddRange(Parts(m, text, cues, catalog, language) ?? [m]);
        }

        return result;
    }

    private static RawMention[]? Parts(RawMention m, string text, EntityCues cues, NameCatalog catalog, string language)
    {
        foreach (var cut in MentionCuts.Of(m, text))
        {
            if (char.IsLower(cut.Word[0]) && (cues.Conjunctions.Contains(cut.Word) || cues.Prepositions.Contains(cut.Word))
                && catalog.Resolve(cut.BeforeText(text), language) is { } a && catalog.Resolve(cut.AfterText(text), language) is { } b)
            {
                return [cut.Before with { ConllType = Tagging.TagSet.ConllTypeOf(a.Type) }, cut.After with { ConllType = Tagging.TagSet.ConllTypeOf(b.Type) }];
            }
        }

        return null;
    }
}
