using Storyline.Dictionaries;
using Storyline.Entities;
using Storyline.Quotes.Statements;

namespace Storyline.Tests.Quotes.Statements;

/// <summary>
/// The five shared seed articles (issue 6, item 4): the Paris-office statement is one statement in French, German and
/// English with the sources' different attributions; the Singapore-users statement is one, found in two French articles;
/// speakers are entities (a spokesperson or "the company" is its organisation), never a role.
/// </summary>
public sealed class StatementSeedsTests
{
    [Fact]
    public async Task TheParisOfficeAndSingaporeUsersStatementsAreEachOneStatement()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var store = seeds.Store;
        var articles = await StoredArticles.AllAsync(store, ct);

        var names = CorpusNames.Aliases(CorpusNames.Unify(await store.ListEntitiesAsync(ct).ToListAsync(ct)));
        var statements = StatementMatcher.Default.Match(articles, n => names.GetValueOrDefault(n, n));

        var paris = Assert.Single(statements, s => s.Versions.Any(v => v.Text.StartsWith("Nous sommes enthousiastes", StringComparison.Ordinal)));
        Assert.Equal(["de", "en", "fr"], paris.Languages.Order(StringComparer.Ordinal));
        Assert.Contains(paris.Versions, v => v.Language == "de" && v.Text.Contains("Büro in Paris", StringComparison.Ordinal));
        Assert.Contains(paris.Versions, v => v is { Language: "en", Text: "flourishing tech ecosystem", Speaker: "OpenAI" });
        Assert.Equal(AttributionVerdict.Differ, paris.Verdict);

        // The reading: the French source credits the company, the German one its CEO, the English one
        // "OpenAI said in a statement".
        Assert.Contains(paris.Versions, v => v is { Language: "fr", Speaker: "OpenAI" });
        Assert.Contains(paris.Versions, v => v is { Language: "de", Speaker: "Sam Altman" });

        // The CEO's other statement in the same words ("écosystème florissant", in APAC) is a different statement.
        Assert.DoesNotContain(paris.Versions, v => v.Text.Contains("APAC", StringComparison.Ordinal));

        var singapore = Assert.Single(statements, s => s.Versions.Any(v => v.Text.Contains("Les Singapouriens sont parmi", StringComparison.Ordinal)));
        Assert.Equal(2, singapore.Versions.Count);
        Assert.Equal(2, singapore.Articles.Count);
        Assert.All(singapore.Versions, v => Assert.Equal("fr", v.Language));
        Assert.Equal(AttributionVerdict.Same, singapore.Verdict);
        Assert.Equal("OpenAI", Assert.Single(singapore.Speakers).Speaker);

        // Macron's "de la Ville Lumière en Ville de l'IA" and the German "von der Stadt der Lichter zur Stadt der KI" share
        // no word form: they are one statement through the installed dictionaries (ville/Stadt, lumière/Licht) or not at all.
        var city = statements.Where(s => s.Versions.Any(v => v.Text.Contains("Stadt der Lichter", StringComparison.Ordinal))).ToList();
        if (BilingualDictionaries.Installed.Knows("de") && BilingualDictionaries.Installed.Knows("fr"))
        {
            var both = Assert.Single(city);
            Assert.Equal(["de", "fr"], both.Languages.Order(StringComparer.Ordinal));
            Assert.Contains(both.Versions, v => v is { Language: "fr", Speaker: "Emmanuel Macron" });
        }

        // Every credited speaker is an entity of its article (an organisation for a spokesperson), never a role word.
        var entities = articles.ToDictionary(a => a.Id, a => a.Entities.Select(e => names.GetValueOrDefault(e.Name, e.Name)).ToHashSet(StringComparer.Ordinal));
        Assert.All(statements.SelectMany(s => s.Versions).Where(v => v.Speaker is not null), v => Assert.Contains(v.Speaker!, entities[v.ArticleId]));
    }
}
