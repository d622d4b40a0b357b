using Storyline.Storage;

namespace Storyline.Stories;

/// <summary>
/// Stories kept in the store and brought up to date as articles arrive: each batch of articles stored since the last
/// update reads from the store only what its terms reach (<see cref="StoryContext"/>), is assigned in arrival order by a
/// <see cref="StoryClusterer"/> primed with that, and written back in one transaction with the stories it changed. Runs
/// after the duplicate index, so a copy or translation joins the story of what it copies. Story ids are stable; a merge
/// keeps the older id and is recorded.
/// </summary>
public sealed class StoryIndex(IArticleStore store)
{
    /// <summary>
    /// Articles assigned per read and transaction. A story many articles of a batch join is read and written once per batch:
    /// at 30,000 generated articles 1,024 assigns 1.5× as fast as 128 (bench/README.md).
    /// </summary>
    public const int BatchSize = 1024;

    private readonly StoryCache cache = new();
    private readonly TermCountCache termCounts = new();

    public async Task<(int Articles, int Started)> UpdateAsync(CancellationToken cancellationToken, IProgress<int>? progress = null)
    {
        var (articles, started) = (0, 0);
        while (true)
        {
            var batch = await store.UnassignedAsync(BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return (articles, started);
            }

            var ids = batch.Select(b => b.Article.Id).ToList();
            var pairs = new List<(string A, string B)>();
            foreach (var id in ids)
            {
                pairs.AddRange((await store.DuplicatesAsync(id, cancellationToken).ConfigureAwait(false)).Select(d => (d.A, d.B)));
            }

            // A batch's articles arrived together: they are assigned in publication order (ArrivalOrder), as eval does.
            var items = ArrivalOrder.Of(batch, b => b.Article.Published).AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(b => StoryArticle.Of(
                b.Article, pairs.Where(p => p.B == b.Article.Id).Select(p => p.A).Distinct(StringComparer.Ordinal).ToList())).ToList();
            // Term counts for every term; postings for the lookup terms only; then only each article's best candidates.
            var lookups = items.Select(StoryClusterer.LookupOf).ToList();
            var terms = items.SelectMany(i => i.Terms.Keys).ToHashSet(StringComparer.Ordinal);
            var lookup = lookups.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
            var linked = items.SelectMany(i => i.DuplicateOf).ToHashSet(StringComparer.Ordinal);
            var unknown = termCounts.Unknown(terms);
            var context = await store.StoryContextAsync(unknown, lookup, linked, StoryClusterer.PostingsPerTerm, cancellationToken).ConfigureAwait(false);
            // The counts kept are the store's only if no other writer has assigned articles since this index's last batch.
            var (read, readTerms) = (context.TermCounts, unknown);
            if (!termCounts.Check(context.Assigned) && unknown.Count < terms.Count)
            {
                (read, readTerms) = (await CountsAsync(terms, cancellationToken).ConfigureAwait(false), terms);
            }

            termCounts.Keep(readTerms, read);
            var before = termCounts.Merge(terms, read);

            // Keywords by the article counts stored before the batch (the clusterer's own move by the batch's articles
            // only), so that their postings can be read before it runs; an article assigned alone gets the same.
            items = items.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(i => i with
            {
                Keywords = StoryClusterer.KeywordsOf(i.Terms, t => StoryClusterer.Idf(context.Assigned + 1, before.GetValueOrDefault(t) + 1)),
            }).ToList();
            // Keywords are words, lookup terms names and figures: none of these postings has been read yet.
            var keywords = items.SelectMany(i => i.Keywords!).ToHashSet(StringComparer.Ordinal);
            var postingsRead = keywords.Count == 0 ? context.Postings : context.Postings
                .Concat((await store.StoryContextAsync([], keywords, [], StoryClusterer.PostingsPerTerm, cancellationToken).ConfigureAwait(false)).Postings)
                .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
            var wanted = items.Zip(lookups).SelectMany(x => StoryClusterer.Rank(x.Second, x.First.Keywords!, postingsRead)).Concat(context.Assignments.Values).ToHashSet();
            var stories = await store.StoriesAsync(wanted, cache.Stories, cancellationToken).ConfigureAwait(false);
            cache.Keep(stories);

            // A story whose norms this batch may compute in full needs the article counts of all its terms: a term the
            // batch lacks would otherwise count as never seen (the rarest), so that an article arriving alone scored lower
            // against it than the same article assigned in one run with it. Other stories' norms are kept up to date term
            // by term, with the counts of the batch's own terms.
            var assignedBy = context.Assigned + items.Count;
            var missing = stories.Where(s => StoryClusterer.NeedsCounts(s, assignedBy)).SelectMany(s => s.Terms.Keys)
                .Where(t => !before.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
            var unread = termCounts.Unknown(missing);
            var found = unread.Count == 0 ? new Dictionary<string, int>() : await CountsAsync(unread, cancellationToken).ConfigureAwait(false);
            termCounts.Keep(unread, found);
            var known = missing.Count == 0 ? before : before.Concat(termCounts.Merge(missing, found)).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

            var clusterer = new StoryClusterer();
            clusterer.Prime(context.Assigned, context.NextId, stories, postingsRead, known, context.Assignments);
            var decisions = items.Select(clusterer.Assign).ToList();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in items.SelectMany(i => i.Terms.Keys))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }

            var changed = clusterer.TakeChanged();
            await store.SaveStoriesAsync(new StoryBatch(batch[^1].Row, decisions, changed, clusterer.TakeFiled(), counts), cancellationToken).ConfigureAwait(false);
            cache.Keep(changed);
            termCounts.Saved(context.Assigned + items.Count, before, counts);
            articles += batch.Count;
            started += decisions.Count(d => d.Started);
            progress?.Report(articles);
        }
    }

    private async Task<IReadOnlyDictionary<string, int>> CountsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken) =>
        (await store.StoryContextAsync(terms, [], [], StoryClusterer.PostingsPerTerm, cancellationToken).ConfigureAwait(false)).TermCounts;
}
