using Storyline.Duplicates;

namespace Storyline.Tests.Duplicates;

/// <summary>
/// The five shared seed articles (issue 7): the two French rewrites of one wire piece are a rewrite pair with their shared
/// passages; the German article is a translated rewrite of the French wire piece; the interview a month later and the
/// English piece, written independently, are paired with nothing.
/// </summary>
public sealed class DuplicateSeedsTests
{
    [Fact]
    public async Task TheTwoFrenchRewritesArePairedAndTheIndependentPiecesAreNot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var store = seeds.Store;
        var articles = await StoredArticles.AllAsync(store, ct);
        string IdOf(string prefix) => articles.Single(a => Path.GetFileName(a.Source).StartsWith(prefix, StringComparison.Ordinal)).Id;

        var pairs = await store.DuplicatesAsync(null, ct);

        var rewrite = Assert.Single(pairs, d => new[] { d.A, d.B }.Order().SequenceEqual(new[] { IdOf("001_"), IdOf("002_") }.Order()));
        Assert.Equal(DuplicateRelation.Rewrite, rewrite.Relation);
        var text = articles.Single(a => a.Id == rewrite.A).Text;
        var shared = rewrite.Passages.Select(p => text.Substring(p.AStart, p.ALength)).ToList();
        Assert.Contains(shared, s => s.Contains("Les Singapouriens sont parmi", StringComparison.Ordinal));
        Assert.DoesNotContain(pairs, d => d.A == IdOf("000_") || d.B == IdOf("000_") || d.A == IdOf("004_") || d.B == IdOf("004_"));
    }

    [Fact]
    public async Task TheGermanArticleIsATranslatedRewriteOfTheFrenchWirePiece()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeds = await SeedStore.OpenAsync(ct);
        var articles = await StoredArticles.AllAsync(seeds.Store, ct);
        string IdOf(string prefix) => articles.Single(a => Path.GetFileName(a.Source).StartsWith(prefix, StringComparison.Ordinal)).Id;

        var pairs = await seeds.Store.DuplicatesAsync(IdOf("003_"), ct);

        var translation = Assert.Single(pairs, d => new[] { d.A, d.B }.Contains(IdOf("001_")));
        Assert.Equal(DuplicateRelation.Translation, translation.Relation);
        Assert.NotEmpty(translation.Passages);
    }
}
