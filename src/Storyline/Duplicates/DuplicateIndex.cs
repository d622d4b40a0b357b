using Storyline.Storage;

namespace Storyline.Duplicates;

/// <summary>
/// The duplicate index, kept in the store and brought up to date incrementally: each article stored since the last update
/// is looked up by its prints (<see cref="ArticlePrints"/>), the best few articles it meets are compared with it
/// (<see cref="DuplicateJudge"/>), and it is filed under its prints, in arrival order, so every pair is found once, when
/// its second article arrives. Work per article is bounded whatever the store holds: a fixed number of prints, of
/// articles read per print and of comparisons. An interrupted update resumes where the last committed batch ended.
/// </summary>
public sealed class DuplicateIndex(IArticleStore store)
{
    /// <summary>Articles read per print: the latest ones. A thousand copies of one wire piece still cost 32 reads a print.</summary>
    public const int PerPrint = 32;

    /// <summary>Articles compared with each new one at most, those sharing the most prints first.</summary>
    public const int MaxCandidates = 12;

    /// <summary>Two shared prints make a candidate: one sampled triple is shared by chance ("a déclaré que le").</summary>
    public const int MinimumShared = 2;

    /// <summary>Articles read and compared per step: their profiles are in memory together.</summary>
    public const int BatchSize = 1024;

    /// <summary>
    /// Articles filed per transaction, with the pairs found for them. A filing dirties about one page of the print table
    /// per print until it outnumbers the table's pages, so filing 32 steps at once writes a fraction of what one step
    /// would at 1M articles (bench/README.md); an interrupted update redoes at most this many articles.
    /// </summary>
    public const int FileEvery = 32 * BatchSize;

    /// <summary>Stored articles' profiles kept per batch at most, so memory does not depend on how many candidates a batch meets.</summary>
    public const int StoredProfiles = 256;

    /// <summary>Indexes every article stored since the last update; returns how many articles and pairs it added.</summary>
    public async Task<(int Articles, int Pairs)> UpdateAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var (articles, pairs) = (0, 0);
        var pending = new PendingPrints();
        var filed = new List<FiledArticle>();
        var found = new List<Duplicate>();
        long after = 0;
        while (true)
        {
            var batch = await store.UnindexedAsync(after, BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            var profiles = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(b => ArticleProfile.Of(b.Article)).ToArray();

            // Profiles by row: the batch's own, and the first stored articles read (a wire piece is every copy's candidate).
            var known = batch.Select((b, k) => (b.Row, Profile: profiles[k])).ToDictionary(x => x.Row, x => (ArticleProfile?)x.Profile);
            for (var k = 0; k < batch.Count; k++)
            {
                // The store's matches, and those of the articles indexed before this one but not filed yet.
                var matches = await store.MatchPrintsAsync(profiles[k].Prints, PerPrint, cancellationToken).ConfigureAwait(false);
                var shared = matches.ToDictionary(m => m.Row, m => m.Shared);
                pending.Count(profiles[k].Prints, shared);
                pending.Add(batch[k].Row, profiles[k].Prints);

                var needed = Math.Min(MinimumShared, profiles[k].Prints.Count);
                var candidates = shared.Where(s => s.Value >= needed).OrderByDescending(s => s.Value).ThenByDescending(s => s.Key)
                    .Take(MaxCandidates).Select(s => s.Key).ToList();
                foreach (var row in candidates)
                {
                    if (!known.TryGetValue(row, out var other))
                    {
                        var article = await store.GetByRowAsync(row, cancellationToken).ConfigureAwait(false);
                        other = article is null ? null : ArticleProfile.Of(article);
                        if (known.Count < batch.Count + StoredProfiles)
                        {
                            known[row] = other;
                        }
                    }

                    if (other is not null && DuplicateJudge.Compare(other, profiles[k]) is { } duplicate)
                    {
                        found.Add(duplicate);
                    }
                }
            }

            filed.AddRange(batch.Select((b, k) => new FiledArticle(b.Row, profiles[k].Prints)));
            after = batch[^1].Row;
            progress?.Report(articles + filed.Count);
            if (filed.Count >= FileEvery)
            {
                (articles, pairs) = await FileAsync(filed, found, pending, articles, pairs, cancellationToken).ConfigureAwait(false);
            }
        }

        return filed.Count > 0 ? await FileAsync(filed, found, pending, articles, pairs, cancellationToken).ConfigureAwait(false) : (articles, pairs);
    }

    private async Task<(int Articles, int Pairs)> FileAsync(
        List<FiledArticle> filed, List<Duplicate> found, PendingPrints pending, int articles, int pairs, CancellationToken cancellationToken)
    {
        await store.IndexAsync(filed, found, cancellationToken).ConfigureAwait(false);
        (articles, pairs) = (articles + filed.Count, pairs + found.Count);
        filed.Clear();
        found.Clear();
        pending.Clear();
        return (articles, pairs);
    }
}
