using Storyline.Storage;

namespace Storyline.Entities;

/// <summary>
/// One name per entity across articles. Articles already agree where the catalog gave the name (Brussels for
/// Bruxelles and Brüssel); what one article only wrote short (Mistral) joins the one longer name other articles wrote
/// (Mistral AI), as within an article: a prefix for organisations and products, a surname for people, initials for
/// acronyms; unless some article names both apart.
/// </summary>
public static class CorpusNames
{
    public static IReadOnlyList<CorpusEntity> Unify(IEnumerable<ArticleEntities> articles)
    {
        var groups = new Dictionary<string, List<(string Article, Entity Entity)>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var entity in article.Entities)
            {
                if (!groups.TryGetValue(entity.Name, out var list))
                {
                    groups[entity.Name] = list = [];
                }

                list.Add((article.ArticleId, entity));
            }
        }

        foreach (var name in groups.Keys.OrderBy(k => k.Length).ToList())
        {
            // An article that kept both names apart (its own grouping saw "OpenAI" and "OpenAI Academy" side by side)
            // says they are two entities.
            var holders = groups[name].Select(x => x.Article).ToHashSet(StringComparer.Ordinal);
            var targets = groups.Keys
                .Where(k => k.Length > name.Length && !groups[k].Any(x => holders.Contains(x.Article)))
                .Where(k => ShortForm.Of(name, k, TypeOf(groups[k]) == EntityType.Person))
                .ToList();
            if (targets.Count == 1)
            {
                groups[targets[0]].AddRange(groups[name]);
                groups.Remove(name);
            }
        }

        return groups
            .Select(g => new CorpusEntity(
                g.Key,
                TypeOf(g.Value),
                g.Value.Select(x => x.Article).Distinct(StringComparer.Ordinal).ToList(),
                g.Value.Sum(x => x.Entity.Count),
                g.Value.SelectMany(x => x.Entity.Mentions.Select(m => m.Text)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(e => e.Articles.Count).ThenByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    // The type most of its mentions across articles carry.
    private static EntityType TypeOf(List<(string Article, Entity Entity)> members) =>
        members.GroupBy(m => m.Entity.Type).OrderByDescending(g => g.Sum(m => m.Entity.Count)).First().Key;
}
