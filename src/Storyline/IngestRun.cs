using System.Diagnostics;
using System.Threading.Channels;
using Storyline.Storage;

namespace Storyline;

/// <summary>
/// One ingest run, as three overlapping steps: a reader fills batches (files, decoding, feed parsing) on its own task;
/// known ids are skipped without analysis and the rest analysed in parallel, order kept; each batch is written in one
/// transaction while the next one is analysed. A run killed mid-way loses at most the batches not yet committed, which
/// the next run adds; "added" counts the rows the store really inserted.
/// </summary>
internal sealed class IngestRun(Pipeline pipeline, IArticleStore store, IProgress<IngestProgress>? progress)
{
    // A batch of whole HTML pages is large; cap it by size too, so memory does not depend on page size.
    private const long MaxBatchChars = 16L * 1024 * 1024;

    private readonly List<IngestFailure> failures = [];
    private readonly List<IngestFailure> warnings = [];
    private readonly List<string> addedIds = [];
    private HashSet<string> inFlight = new(StringComparer.Ordinal);
    private Task pendingWrite = Task.CompletedTask;
    private int documents;
    private int added;
    private int unchanged;
    private long bytes;

    public async Task<IngestSummary> RunAsync(IEnumerable<IngestItem> items, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<List<RawDocument>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(() => Read(items, batches.Writer, cancellationToken), cancellationToken);
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        await reader.ConfigureAwait(false);
        await pendingWrite.ConfigureAwait(false);
        return new IngestSummary(added, unchanged, failures, warnings, bytes, clock.Elapsed) { AddedIds = addedIds };
    }

    private async Task Read(IEnumerable<IngestItem> items, ChannelWriter<List<RawDocument>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<RawDocument>(pipeline.Options.BatchSize);
            long chars = 0;
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Failure is { } failure)
                {
                    lock (failures)
                    {
                        failures.Add(failure);
                    }

                    continue;
                }

                var document = item.Document!;
                if (document.DecodingWarning is { } warning)
                {
                    lock (warnings)
                    {
                        warnings.Add(new IngestFailure(document.Source, document.Line, warning));
                    }
                }

                batch.Add(document);
                chars += document.Content.Length;
                if (batch.Count >= pipeline.Options.BatchSize || chars >= MaxBatchChars)
                {
                    await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch = new List<RawDocument>(pipeline.Options.BatchSize);
                    chars = 0;
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    private async Task ProcessAsync(List<RawDocument> batch, CancellationToken cancellationToken)
    {
        documents += batch.Count;
        var parallel = Math.Max(1, pipeline.Options.Parallelism);
        var ids = batch.AsParallel().AsOrdered().WithDegreeOfParallelism(parallel).Select(Pipeline.IdentityOf).ToArray();
        var known = await store.ExistingIdsAsync(ids, cancellationToken).ConfigureAwait(false);

        // Known content, content still being written by the previous batch, or the same content twice here: unchanged.
        var seen = new HashSet<string>(known, StringComparer.Ordinal);
        seen.UnionWith(inFlight);
        var fresh = new List<(RawDocument Document, string Id)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (seen.Add(ids[i]))
            {
                fresh.Add((batch[i], ids[i]));
            }
            else
            {
                unchanged++;
            }
        }

        var articles = new List<Article>(fresh.Count);
        foreach (var (article, failure) in fresh.AsParallel().AsOrdered().WithDegreeOfParallelism(parallel)
                     .WithCancellation(cancellationToken).Select(f => Analyze(f.Document, f.Id)))
        {
            if (failure is not null)
            {
                lock (failures)
                {
                    failures.Add(failure);
                }
            }
            else
            {
                articles.Add(article!);
                bytes += article!.Text.Length;
            }
        }

        // One write at a time, each overlapping the next batch's analysis.
        await pendingWrite.ConfigureAwait(false);
        inFlight = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var source = batch[^1].Source;
        pendingWrite = WriteAsync(articles, source, cancellationToken);
    }

    private async Task WriteAsync(List<Article> articles, string source, CancellationToken cancellationToken)
    {
        var inserted = await store.AddAsync(articles, cancellationToken).ConfigureAwait(false);
        added += inserted.Count;
        unchanged += articles.Count - inserted.Count;
        if (pipeline.Options.CollectAddedIds)
        {
            addedIds.AddRange(inserted);
        }

        int failed;
        lock (failures)
        {
            failed = failures.Count;
        }

        progress?.Report(new IngestProgress(documents, added, unchanged, failed, source));
    }

    private (Article?, IngestFailure?) Analyze(RawDocument document, string id)
    {
        try
        {
            var article = pipeline.Analyze(document, id);
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
