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
    private static readonly Lazy<IReadOnlySet<string>> Designators =
        new(() => EntityCues.All(Languages.LanguageResources.Embedded).OrganisationDesignators);

    // Adjective endings inside names, of every language: "Deutschen Bahn" in one article and "Deutsche Bahn" in another.
    private static readonly Lazy<IReadOnlySet<string>> Inflections =
        new(() => EntityCues.All(Languages.LanguageResources.Embedded).InflectionEndings);

    public static IReadOnlyList<CorpusEntity> Unify(IEnumerable<ArticleEntities> articles)
    {
        // Spellings of one name ("Open AI", "OpenAI") share a group; it takes the most frequent spelling as its name.
        var groups = new Dictionary<string, List<(string Article, Entity Entity)>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            languages[article.ArticleId] = article.Language;
            foreach (var entity in article.Entities)
            {
                var spelling = Spelling(entity);
                var key = spellings.TryGetValue(spelling, out var known) ? known : entity.Name;
                spellings.TryAdd(spelling, key);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add((article.ArticleId, entity));
            }
        }

        foreach (var name in groups.Keys.OrderBy(k => k.Length).ToList())
        {
            // The one longer name it can be short for; none when an article kept the two apart (its own grouping saw
            // both and did not join them).
            var holders = groups[name].Select(x => x.Article).ToHashSet(StringComparer.Ordinal);
            // A surname joins a person only if it was read as a person too ("Lumora" the company is not "von Lumora").
            var person = TypeOf(groups[name]) == EntityType.Person;
            var candidates = groups.Keys
                .Where(k => k.Length > name.Length && ShortForm.Of(name, k, person && TypeOf(groups[k]) == EntityType.Person, Designators.Value))
                .ToList();
            var targets = candidates.Count == 1
                && !groups[candidates[0]].Any(x => holders.Contains(x.Article))
                    ? candidates
                    : [];
            if (targets.Count == 1)
            {
                groups[targets[0]].AddRange(groups[name]);
                groups.Remove(name);
            }
        }

        JoinTranslations(groups, languages);
        return groups
            .Select(g => new CorpusEntity(
                MostWritten(g.Key, g.Value),
                TypeOf(g.Value),
                g.Value.Select(x => x.Article).Distinct(StringComparer.Ordinal).ToList(),
                g.Value.Sum(x => x.Entity.Count),
                g.Value.SelectMany(x => x.Entity.Mentions.Select(m => m.Text)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(e => e.Articles.Count).ThenByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    // An organisation's name translated word for word joins the name other languages wrote ("Musée Larrañaga" in French
    // articles, "Museo Larrañaga" in Spanish and Italian ones; TranslatedNames), where the two share no language and no
    // article, and only one such name fits. The one written more often gives the name.
    private static void JoinTranslations(Dictionary<string, List<(string Article, Entity Entity)>> groups, Dictionary<string, string> languages)
    {
        // Candidates share a word as written ("Larrañaga"): an index of the organisations' words keeps a store's many names
        // from all being compared with each other.
        var organisations = groups.Where(g => TypeOf(g.Value) == EntityType.Organisation).Select(g => g.Key).ToList();
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in organisations)
        {
            foreach (var word in TranslatedNames.Words(key).Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(word, out var keys))
                {
                    byWord[word] = keys = [];
                }

                keys.Add(key);
            }
        }

        foreach (var name in organisations)
        {
            if (!groups.TryGetValue(name, out var members))
            {
                continue;
            }

            var written = members.Select(x => languages[x.Article]).ToHashSet(StringComparer.Ordinal);
            var others = TranslatedNames.Words(name).SelectMany(w => byWord[w]).Distinct(StringComparer.Ordinal)
                .Where(k => k != name && groups.ContainsKey(k) && TranslatedNames.Same(name, k)
                    && !groups[k].Any(x => written.Contains(languages[x.Article])))
                .ToList();
            if (others is not [var other])
            {
                continue;
            }

            var (kept, joined) = groups[other].Sum(x => x.Entity.Count) > members.Sum(x => x.Entity.Count) ? (other, name) : (name, other);
            groups[kept].AddRange(groups[joined]);
            groups.Remove(joined);
        }
    }

    // How a name is written, for matching spellings across articles: case, spaces and hyphens aside, and for a name of
    // several words that is no person's, adjective endings too.
    private static string Spelling(Entity entity) => ShortForm.Compact(
        entity.Type != EntityType.Person && EntityGrouper.Inflected(entity.Name, Inflections.Value) is { } stem ? stem : entity.Name);

    private static string MostWritten(string key, List<(string Article, Entity Entity)> members)
    {
        var spelling = members.Where(m => m.Entity.Name == key).Select(m => Spelling(m.Entity)).FirstOrDefault() ?? ShortForm.Compact(key);
        return members.Where(m => Spelling(m.Entity) == spelling)
            .GroupBy(m => m.Entity.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(m => m.Entity.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? key;
    }

    // The type most of its mentions across articles carry.
    private static EntityType TypeOf(List<(string Article, Entity Entity)> members) =>
        members.GroupBy(m => m.Entity.Type).OrderByDescending(g => g.Sum(m => m.Entity.Count)).First().Key;

    /// <summary>
    /// Each name and written form of the unified entities mapped to the name used across articles, so that what one
    /// article calls "Mistral" joins "Mistral AI"; a form two entities share maps to neither.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Aliases(IReadOnlyList<CorpusEntity> entities)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            foreach (var form in e.Forms.Append(e.Name).Distinct(StringComparer.Ordinal))
            {
                if (map.TryGetValue(form, out var other) && other != e.Name)
                {
                    shared.Add(form);
                }

                map[form] = e.Name;
            }
        }

        foreach (var e in entities)
        {
            map[e.Name] = e.Name;
            shared.Remove(e.Name);
        }

        foreach (var form in shared)
        {
            map.Remove(form);
        }

        return map;
    }
}
