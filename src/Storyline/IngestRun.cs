using System.Diagnostics;
using Storyline.Storage;

namespace Storyline;

/// <summary>
/// One ingest run: documents stream in, known ids are skipped without analysis, the rest are analysed in parallel
/// (order kept) and written one transaction per batch. A run killed mid-way loses at most the open batch, which the
/// next run adds, since nothing of it was committed.
/// </summary>
internal sealed class IngestRun(Pipeline pipeline, IArticleStore store, IProgress<IngestProgress>? progress)
{
    private readonly List<IngestFailure> failures = [];
    private readonly List<IngestFailure> warnings = [];
    private readonly List<string> addedIds = [];
    private int documents;
    private int unchanged;
    private long bytes;

    public async Task<IngestSummary> RunAsync(IEnumerable<IngestItem> items, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var batch = new List<RawDocument>(pipeline.Options.BatchSize);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Failure is { } failure)
            {
                failures.Add(failure);
                continue;
            }

            var document = item.Document!;
            if (document.DecodingWarning is { } warning)
            {
                warnings.Add(new IngestFailure(document.Source, document.Line, warning));
            }

            batch.Add(document);
            if (batch.Count >= pipeline.Options.BatchSize)
            {
                await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
        return new IngestSummary(addedIds.Count, unchanged, failures, warnings, bytes, clock.Elapsed) { AddedIds = addedIds };
    }

    private async Task FlushAsync(List<RawDocument> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        documents += batch.Count;
        var ids = batch.Select(Pipeline.IdentityOf).ToArray();
        var known = await store.ExistingIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        var fresh = new List<RawDocument>(batch.Count);
        var seen = new HashSet<string>(known, StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            // Known content, or the same content twice in one batch, is unchanged: re-ingesting is idempotent.
            if (!seen.Add(ids[i]))
            {
                unchanged++;
                continue;
            }

            fresh.Add(batch[i]);
        }

        var analysed = fresh.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, pipeline.Options.Parallelism))
            .WithCancellation(cancellationToken)
            .Select(Analyze)
            .ToList();

        var articles = new List<Article>(analysed.Count);
        foreach (var (article, failure) in analysed)
        {
            if (failure is not null)
            {
                failures.Add(failure);
            }
            else
            {
                articles.Add(article!);
                bytes += article!.Text.Length;
            }
        }

        await store.AddAsync(articles, cancellationToken).ConfigureAwait(false);
        addedIds.AddRange(articles.Select(a => a.Id));
        progress?.Report(new IngestProgress(documents, addedIds.Count, unchanged, failures.Count, batch[^1].Source));
        batch.Clear();
    }

    private (Article?, IngestFailure?) Analyze(RawDocument document)
    {
        try
        {
            var article = pipeline.Analyze(document);
            return article.Text.Length == 0
                ? (null, new IngestFailure(document.Source, document.Line, "no article text found (everything was boilerplate or markup)"))
                : (article, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A stage that breaks on one document must not stop the run; the message names the stage's exception.
            return (null, new IngestFailure(document.Source, document.Line, $"analysis failed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
