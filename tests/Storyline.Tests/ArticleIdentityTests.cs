namespace Storyline.Tests;

public sealed class ArticleIdentityTests
{
    // Pinned: ids are stored; a change here must come with a store migration.
    [Fact]
    public void IdIsPinned() => Assert.Equal("a934966a9cd13514", ArticleIdentity.For("https://example.org/a", "Un texte.\n\nDeux."));

    [Fact]
    public void WhitespaceDoesNotChangeTheId() =>
        Assert.Equal(ArticleIdentity.For(null, "Un  texte.\r\n\r\nDeux. "), ArticleIdentity.For(null, "Un texte.\n\nDeux."));

    [Fact]
    public void TheUrlIsPartOfTheId() =>
        Assert.NotEqual(ArticleIdentity.For("https://a.example/1", "Same text."), ArticleIdentity.For("https://b.example/1", "Same text."));
}
