using Storyline.Storage;

namespace Storyline.Tests;

/// <summary>Every article of a store, whole (text and analysis), in the store's order.</summary>
public static class StoredArticles
{
    public static async Task<List<Article>> AllAsync(IArticleStore store, CancellationToken ct)
    {
        var articles = new List<Article>();
        await foreach (var summary in store.ListAsync(ct))
        {
            articles.Add((await store.GetAsync(summary.Id, ct))!);
        }

        return articles;
    }
}
