using Storyline.Entities;
using Storyline.Figures;
using Storyline.Figures.Claims;

namespace Storyline.Tests;

/// <summary>The five shared seed articles: languages, trailers kept out of the text, idempotent re-ingest.</summary>
public sealed class SeedsTests
{
    [Fact]
    public async Task SeedsAreCleanLanguageTaggedAndIngestedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var store = seeds.Store;
        var first = seeds.First;
        Assert.Equal(5, first.Added);
        Assert.Empty(first.Failures);

        var articles = await StoredArticles.AllAsync(store, ct);

        Assert.Equal(["fr", "fr", "fr", "de", "en"], articles.OrderBy(a => a.Source, StringComparer.Ordinal).Select(a => a.Language));

        var german = articles.Single(a => a.Language == "de");
        Assert.Contains(german.Removed, r => r.Text == "Zurück");
        Assert.Contains(german.Removed, r => r.Text.StartsWith("Apple startet", StringComparison.Ordinal));
        Assert.DoesNotContain("Zurück", german.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Adobe kündigt", german.Text, StringComparison.Ordinal);
        Assert.EndsWith("neue Anwendungen der KI zu entwickeln.", german.Text, StringComparison.Ordinal);
        Assert.StartsWith("OpenAI expandiert in Europa", german.Title, StringComparison.Ordinal);

        var english = articles.Single(a => a.Language == "en");
        Assert.Contains(english.Removed, r => r.Text.Contains("sifted.eu/articles", StringComparison.Ordinal));
        Assert.DoesNotContain("sifted.eu/articles", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("orginal article", english.Text, StringComparison.Ordinal);

        // Nothing real is lost: every French article keeps all its paragraphs.
        Assert.All(articles.Where(a => a.Language == "fr"), a => Assert.Empty(a.Removed));

        var second = await seeds.IngestAgainAsync(ct);
        Assert.Equal(0, second.Added);
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(5, await store.CountAsync(ct));
    }

    [Fact]
    public async Task EachPlacePersonAndOrganisationHasOneNameAcrossTheFiveArticles()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var store = seeds.Store;
        var entities = CorpusNames.Unify(await store.ListEntitiesAsync(ct).ToListAsync(ct));

        // Every way a name is written belongs to exactly one entity, under its canonical (English) name.
        (string Name, string[] Forms)[] expected =
        [
            ("Brussels", ["Bruxelles", "Brüssel"]),
            ("Singapore", ["Singapour", "Singapur"]),
            ("London", ["Londres", "London"]),
            ("France", ["France", "Frankreich", "Frankreichs"]),
            ("Paris", ["Paris"]),
            ("Dublin", ["Dublin"]),
            ("Tokyo", ["Tokyo"]),
            ("New York", ["New York"]),
            ("San Francisco", ["San Francisco"]),
            ("Sam Altman", ["Sam Altman"]),
            ("Emmanuel Macron", ["Emmanuel Macron"]),
            ("Clara Chappaz", ["Clara Chappaz"]),
            ("OpenAI", ["OpenAI", "OpenAIs"]),
            ("Mistral AI", ["Mistral AI", "Mistral"]),
            ("European Union", ["Union européenne", "EU"]),
        ];
        foreach (var (name, forms) in expected)
        {
            var holders = entities.Where(e => e.Forms.Intersect(forms).Any()).ToList();
            Assert.True(holders.Count == 1, $"{name}: written as {string.Join("/", forms)} in {holders.Count} entities: {string.Join(", ", holders.Select(h => h.Name))}");
            Assert.Equal(name, holders[0].Name);
            Assert.Subset(holders[0].Forms.ToHashSet(), forms.ToHashSet());
        }

        // The German article's navigation trailer names other stories' companies: none of them is an entity.
        Assert.DoesNotContain(entities, e => e.Name is "Adobe" or "Apple");

        // Common nouns written with a capital ("secrétaire d'État", "Ville de l'IA", "Investitionen in Start-ups") are no entities.
        Assert.DoesNotContain(entities, e => e.Name is "État" or "Ville" or "Start-ups");
    }

    [Fact]
    public async Task TheFundingRoundConflictsTheValuationAgreesAndOneSourceFiguresAreSingle()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var store = seeds.Store;
        var names = CorpusNames.Aliases(CorpusNames.Unify(await store.ListEntitiesAsync(ct).ToListAsync(ct)));
        var figures = await store.ListFiguresAsync(ct).ToListAsync(ct);
        var claims = ClaimBuilder.Default.Build(figures.Select(a => (a.ArticleId, a.Figures)), n => names.GetValueOrDefault(n, n));

        // 6.6bn in three articles (fr, fr, en), 6.5bn planned in the German one.
        var funding = claims.Single(c => c.Subject == "OpenAI" && c.Attribute == "funding");
        Assert.Equal(ClaimVerdict.Conflict, funding.Verdict);
        Assert.Contains(funding.Values, v => v is { Value: 6.6e9, Unit: "USD", Qualifier: Qualifier.Exact } && v.Articles.Count == 3);
        Assert.Contains(funding.Values, v => v is { Value: 6.5e9, Unit: "USD", Qualifier: Qualifier.Planned } && v.Articles.Count == 1);

        // "plus de 150 milliards", "über 150 Milliarden" and "$157bn": bounds and a point that fit together.
        var valuation = claims.Single(c => c.Subject == "OpenAI" && c.Attribute == "valuation");
        Assert.Equal(ClaimVerdict.Agree, valuation.Verdict);
        Assert.Contains(valuation.Values, v => v is { Value: 150e9, Qualifier: Qualifier.AtLeast } && v.Articles.Count == 2);
        Assert.Contains(valuation.Values, v => v is { Value: 157e9, Qualifier: Qualifier.Exact });

        // Weekly users and staff are each given by one article.
        Assert.Equal(ClaimVerdict.Single, claims.Single(c => c.Attribute == "users").Verdict);
        Assert.Equal(ClaimVerdict.Single, claims.Single(c => c.Subject == "OpenAI" && c.Attribute == "employees").Verdict);
    }
}
