using Storyline.Entities.Names;

namespace Storyline.Entities;

/// <summary>
/// "ChatGPT Search, OpenAI o1, Canvas ou Dall-E": names listed with a product are products, as names listed with an
/// organisation are organisations (<see cref="OrganisationEvidence.ListedWithOrganisation"/>). Only a name written once
/// and unknown to the catalog, which nothing else in the article types, takes its neighbour's type; a product so typed
/// passes it on along the list.
/// </summary>
internal static class ListedProducts
{
    public static List<Entity> Typed(List<Entity> entities, string text, string language, EntityCues cues, NameCatalog catalog)
    {
        var result = entities.ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            var products = result.Where(e => e.Type == EntityType.Product).SelectMany(e => e.Mentions).ToList();
            for (var i = 0; i < result.Count; i++)
            {
                var e = result[i];
                if (e.Type is EntityType.Organisation or EntityType.Place or EntityType.Other && e.Mentions.Count == 1
                    && catalog.Resolve(e.Name, language) is null
                    && products.Exists(p => Listed(text, p, e.Mentions[0], cues)))
                {
                    result[i] = e with { Type = EntityType.Product };
                    changed = true;
                }
            }
        }

        return result;
    }

    private static bool Listed(string text, Mention a, Mention b, EntityCues cues) =>
        OrganisationEvidence.Joins(text, a.Start + a.Length, b.Start, cues) || OrganisationEvidence.Joins(text, b.Start + b.Length, a.Start, cues);
}
