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

    /// <summary>Articles filed per transaction: at 1,024 filing costs half the CPU of 128 and a quarter of the writes (bench/README.md).</summary>
    public const int BatchSize = 1024;

    /// <summary>Stored articles' profiles kept per batch at most, so memory does not depend on how many candidates a batch meets.</summary>
    public const int StoredProfiles = 256;

    /// <summary>Indexes every article stored since the last update; returns how many articles and pairs it added.</summary>
    public async Task<(int Articles, int Pairs)> UpdateAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var (articles, pairs) = (0, 0);
        while (true)
        {
            var batch = await store.UnindexedAsync(BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return (articles, pairs);
            }

            var profiles = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(b => ArticleProfile.Of(b.Article)).ToArray();
            var found = new List<Duplicate>();

            // Profiles by row: the batch's own, and the first stored articles read (a wire piece is every copy's candidate).
            var known = batch.Select((b, k) => (b.Row, Profile: profiles[k])).ToDictionary(x => x.Row, x => (ArticleProfile?)x.Profile);
            var local = new Dictionary<long, List<int>>();
            for (var k = 0; k < batch.Count; k++)
            {
                var matches = await store.MatchPrintsAsync(profiles[k].Prints, PerPrint, cancellationToken).ConfigureAwait(false);
                var shared = matches.ToDictionary(m => m.Row, m => m.Shared);
                foreach (var p in profiles[k].Prints)
                {
                    foreach (var j in local.GetValueOrDefault(p) ?? [])
                    {
                        shared[batch[j].Row] = shared.GetValueOrDefault(batch[j].Row) + 1;
                    }

                    (local.TryGetValue(p, out var list) ? list : local[p] = []).Add(k);
                }

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

            var filed = batch.Select((b, k) => new FiledArticle(b.Row, profiles[k].Prints)).ToList();
            await store.IndexAsync(filed, found, cancellationToken).ConfigureAwait(false);
            articles += batch.Count;
            pairs += found.Count;
            progress?.Report(articles);
        }
    }
}
