using System.Diagnostics;
using Storyline.Bench.Measurement;
using Storyline.Ingest;
using Storyline.Languages;
using Storyline.Storage.Sqlite;
using Storyline.Text;

namespace Storyline.Throughput.Measurement;

/// <summary>
/// Ingests a folder into a fresh SQLite store exactly as <c>storyline ingest DIR</c> does (same options, walker,
/// pipeline and store), timing <see cref="Pipeline.RunAsync"/> and watching memory. Runs in its own process so that
/// each measurement starts from a clean heap and its peak working set is its own.
/// </summary>
public static class IngestMeasurement
{
    public static async Task<IngestResult> RunAsync(string folder, string database, int expected, string label)
    {
        // Mirrors IngestCommand: default --max-size, default pipeline options (batch 256, one thread per core).
        var ingestOptions = new IngestOptions();
        var pipeline = new Pipeline(new PipelineOptions { Ingest = ingestOptions }, LanguageResources.Embedded, new LanguageIdentifier(), Storyline.Entities.EntityRecognizer.Default);
        IngestSummary summary;
        TimeSpan elapsed;
        long heapPeak;
        double? secondHalf;
        double? otherCores;
        await using (var store = await SqliteArticleStore.OpenAsync(database).ConfigureAwait(false))
        {
            var walker = new InputWalker(ingestOptions);
            using var sampler = new MemorySampler();
            var contention = new CpuContention();
            var progress = new ArticleRateProgress(label, expected);
            var clock = Stopwatch.StartNew();
            summary = await pipeline.RunAsync(walker.Walk([folder]), store, progress, CancellationToken.None).ConfigureAwait(false);
            elapsed = clock.Elapsed;
            var documents = summary.Added + summary.Unchanged + summary.Failures.Count;
            secondHalf = progress.SecondHalfRate(documents, elapsed);
            otherCores = contention.OtherCores();
            heapPeak = sampler.HeapPeak;
        }

        // What the run still holds once it is over (the summary is alive here, as in the CLI until it prints):
        // this is the part of memory that grows with N, if any.
        var liveAfter = GC.GetTotalMemory(forceFullCollection: true);
        return new IngestResult(
            summary.Added + summary.Unchanged + summary.Failures.Count,
            summary.Added,
            summary.Unchanged,
            summary.Failures.Count,
            elapsed.TotalSeconds,
            secondHalf,
            otherCores,
            MemorySampler.PeakWorkingSet(),
            heapPeak,
            liveAfter,
            AddedIdsBytes(summary.AddedIds),
            StoreBytes(database),
            summary.Failures.Take(3).Select(f => f.ToString()).ToList());
    }

    // Managed size of IngestSummary.AddedIds on 64-bit .NET: a string is 22 bytes + 2 per char, rounded to 8,
    // plus the list's 8-byte slot per entry (capacity, not count, since List doubles).
    private static long AddedIdsBytes(IReadOnlyList<string> ids)
    {
        long bytes = ids is List<string> list ? (long)list.Capacity * 8 : (long)ids.Count * 8;
        foreach (var id in ids)
        {
            bytes += (22 + (2L * id.Length) + 7) / 8 * 8;
        }

        return bytes;
    }

    private static long StoreBytes(string database) =>
        new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
}
