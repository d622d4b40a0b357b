using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Storyline.Bench.Measurement;
using Storyline.DuplicateBench.Corpus;
using Storyline.DuplicateBench.Measurement;
using Storyline.Duplicates;
using Storyline.Storage.Sqlite;

namespace Storyline.DuplicateBench;

/// <summary>
/// Builds the duplicate index of N generated articles in a fresh SQLite store and times it. Prints are computed ahead on
/// <see cref="DuplicateBenchOptions.Threads"/> threads (<c>ArticleProfile.Of(article).Prints</c>, as production does),
/// while one writer does what <see cref="DuplicateIndex"/> does per article against the store: one
/// <c>MatchPrintsAsync(prints, DuplicateIndex.PerPrint)</c> (the timed lookup), the batch's own earlier articles matched
/// in memory, then the batch filed by one <c>IndexAsync</c> transaction. Not included: the comparison of candidates
/// (<see cref="DuplicateJudge"/>) and reading them back (<c>GetByRowAsync</c>), which cost per pair found, not per print.
/// </summary>
public sealed class IndexRun(DuplicateBenchOptions options)
{
    private sealed record Profiled(long Row, CopyKind Kind, long Source, long Family, long[] Prints);

    private readonly Latencies lookups = new();
    private readonly List<float> burstLookups = [];
    private readonly List<float> indexBatches = [];
    private readonly Recall recall = new();
    private long generateTicks;
    private long profileTicks;
    private long printsFiled;
    private long chanceArticles;
    private long chanceCandidates;
    private int maxMatched;
    private long peakWorkingSet;
    private long peakHeap;
    private double? others;
    private long writtenAtStart;
    private long lookupCpu;
    private long indexCpu;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Articles > int.MaxValue)
        {
            throw new ArgumentException("at most 2^31 articles");
        }

        var path = options.Database ?? Path.Combine(Path.GetTempPath(), $"storyline-dupbench-{Environment.ProcessId}.db");
        if (File.Exists(path))
        {
            throw new ArgumentException($"{path} exists: the benchmark needs a fresh store");
        }

        var clock = Stopwatch.StartNew();
        var vocabulary = new Vocabulary(200_000, options.Seed);
        var planner = new WirePlanner(options.Articles, options.Seed);
        Console.Error.WriteLine(Invariant($"vocabulary of {vocabulary.Count:N0} words in {clock.Elapsed.TotalSeconds:F1} s; {planner.Bursts} burst(s) of {WirePlanner.BurstCopies:N0} copies; store {path}"));

        var families = new int[options.Articles + 1];
        var channel = Channel.CreateBounded<Profiled[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(vocabulary, planner, channel.Writer, cancellationToken), cancellationToken);

        double seconds;
        var contention = new CpuContention();
        writtenAtStart = WrittenBytes();
        var store = await SqliteArticleStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            clock.Restart();
            var chunkClock = Stopwatch.StartNew();
            long done = 0, waitTicks = 0, nextReport = options.Every;
            while (true)
            {
                var waited = Stopwatch.GetTimestamp();
                if (!await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                waitTicks += Stopwatch.GetTimestamp() - waited;
                var batch = await channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                await IndexBatchAsync(store, batch, families, cancellationToken).ConfigureAwait(false);
                done += batch.Length;
                if (done >= nextReport || done == options.Articles)
                {
                    Report(done, chunkClock.Elapsed.TotalSeconds, clock.Elapsed.TotalSeconds, (done - (nextReport - options.Every)), path);
                    chunkClock.Restart();
                    nextReport += options.Every;
                }
            }

            seconds = clock.Elapsed.TotalSeconds;
            others = contention.OtherCores();
            await producer.ConfigureAwait(false);
            Console.Error.WriteLine(Invariant($"writer waited for prints {Stopwatch.GetElapsedTime(0, waitTicks).TotalSeconds:F1} s of {seconds:F1} s"));
        }

        Summary(seconds, path);
        if (!options.Keep)
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }

        return 0;
    }

    private async Task Produce(Vocabulary vocabulary, WirePlanner planner, ChannelWriter<Profiled[]> writer, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken };
        try
        {
            for (long start = 1; start <= options.Articles; start += options.Batch)
            {
                var plans = new PlannedArticle[(int)Math.Min(options.Batch, options.Articles - start + 1)];
                for (var k = 0; k < plans.Length; k++)
                {
                    plans[k] = planner.Next();
                }

                var profiled = new Profiled[plans.Length];
                Parallel.For(0, plans.Length, parallel, () => new StringBuilder(), (k, _, builder) =>
                {
                    var plan = plans[k];
                    var t0 = Stopwatch.GetTimestamp();
                    var text = ArticleText.Write(plan.Paragraphs, vocabulary, builder);
                    var t1 = Stopwatch.GetTimestamp();
                    var id = plan.Row.ToString("x16", CultureInfo.InvariantCulture);
                    var article = new Article { Id = id, Source = "bench", Language = "en", Text = text, RawHash = id };
                    var prints = ArticleProfile.Of(article).Prints.ToArray();
                    var t2 = Stopwatch.GetTimestamp();
                    Interlocked.Add(ref generateTicks, t1 - t0);
                    Interlocked.Add(ref profileTicks, t2 - t1);
                    profiled[k] = new Profiled(plan.Row, plan.Kind, plan.Source, plan.Family, prints);
                    return builder;
                }, _ => { });
                await writer.WriteAsync(profiled, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    private async Task IndexBatchAsync(SqliteArticleStore store, Profiled[] batch, int[] families, CancellationToken cancellationToken)
    {
        // As DuplicateIndex.UpdateAsync: the store's matches, plus the batch's earlier articles (not filed yet) from memory.
        var pending = new PendingPrints();
        for (var k = 0; k < batch.Length; k++)
        {
            var a = batch[k];
            families[a.Row] = (int)a.Family;
            var (t0, cpu0) = (Stopwatch.GetTimestamp(), ThreadCpu.Nanoseconds());
            var matches = await store.MatchPrintsAsync(a.Prints, DuplicateIndex.PerPrint, cancellationToken).ConfigureAwait(false);
            var milliseconds = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            lookupCpu += ThreadCpu.Nanoseconds() - cpu0;
            lookups.Add(milliseconds);
            if (a.Kind == CopyKind.Burst)
            {
                burstLookups.Add((float)milliseconds);
            }

            maxMatched = Math.Max(maxMatched, matches.Count);
            var shared = matches.ToDictionary(m => m.Row, m => m.Shared);
            pending.Count(a.Prints, shared);
            pending.Add(a.Row, a.Prints);

            var needed = Math.Min(DuplicateIndex.MinimumShared, a.Prints.Length);
            var met = shared.Where(s => s.Value >= needed).ToList();
            var chance = met.Count(m => families[m.Key] != a.Family);
            chanceCandidates += chance;
            chanceArticles += chance > 0 ? 1 : 0;
            if (a.Kind != CopyKind.Original)
            {
                var candidates = met.OrderByDescending(s => s.Value).ThenByDescending(s => s.Key).Take(DuplicateIndex.MaxCandidates);
                recall.Add(a.Kind, met.Any(m => m.Key == a.Source), candidates.Any(m => m.Key == a.Source), met.Any(m => families[m.Key] == a.Family));
            }
        }

        var filed = batch.Select(a => new FiledArticle(a.Row, a.Prints)).ToList();
        var (start, cpuStart) = (Stopwatch.GetTimestamp(), ThreadCpu.Nanoseconds());
        await store.IndexAsync(filed, [], cancellationToken).ConfigureAwait(false);
        indexBatches.Add((float)Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        indexCpu += ThreadCpu.Nanoseconds() - cpuStart;
        printsFiled += batch.Sum(a => a.Prints.Length);
    }

    private void Report(long done, double chunkSeconds, double totalSeconds, long chunkArticles, string path)
    {
        var (p50, p99, max) = lookups.TakeChunk();
        var workingSet = Environment.WorkingSet;
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        (peakWorkingSet, peakHeap) = (Math.Max(peakWorkingSet, workingSet), Math.Max(peakHeap, heap));
        Console.Error.WriteLine(Invariant(
            $"{done,10:N0} articles  {chunkArticles / chunkSeconds,6:N0}/s last chunk  {done / totalSeconds,6:N0}/s overall  ") + Invariant(
            $"lookup p50 {p50:F3} p99 {p99:F3} max {max:F1} ms  WS {workingSet / 1e6:N0} MB  GC heap {heap / 1e6:N0} MB ") + Invariant(
            $"(committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1e6:N0} MB)  db {DatabaseBytes(path) / 1e6:N0} MB  written {WrittenBytes() / 1e6:N0} MB"));
    }

    private void Summary(double seconds, string path)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        peakWorkingSet = Math.Max(peakWorkingSet, process.PeakWorkingSet64);
        var (p50, p99, max) = lookups.Overall();
        var burst = Latencies.Percentiles(burstLookups);
        var index = Latencies.Percentiles(indexBatches);
        var n = lookups.Count;
        var cpu = process.TotalProcessorTime.TotalSeconds;
        var written = WrittenBytes() - writtenAtStart;
        Console.WriteLine();
        Console.WriteLine("| articles | seconds | articles/s | lookup p50 ms | lookup p99 ms | lookup max ms | IndexAsync per batch p50/p99 ms | prints/article | peak WS MB | db MB | CPU s | written MB (KB/article) | others' CPU |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Invariant(
            $"| {n:N0} | {seconds:F1} | {n / seconds:N0} | {p50:F3} | {p99:F3} | {max:F1} | {index.P50:F1} / {index.P99:F1} (batch {options.Batch}) | ") + Invariant(
            $"{(double)printsFiled / n:F1} | {peakWorkingSet / 1e6:N0} | {DatabaseBytes(path) / 1e6:N0} | {cpu:F0} | {written / 1e6:N0} ({written / 1e3 / n:F0}) | {others:F2} |"));
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"Per article, on the print threads: text generation {Stopwatch.GetElapsedTime(0, generateTicks).TotalMicroseconds / n:F0} µs, ") + Invariant(
            $"ArticleProfile.Of {Stopwatch.GetElapsedTime(0, profileTicks).TotalMicroseconds / n:F0} µs. Writer, wall (thread CPU): lookups {lookups.TotalMilliseconds / 1000:F1} s ({lookupCpu / 1e9:F1} s, ") + Invariant(
            $"{lookupCpu / 1e3 / n:F0} µs/article), IndexAsync {indexBatches.Sum(t => (double)t) / 1000:F1} s ({indexCpu / 1e9:F1} s, {indexCpu / 1e3 / n:F0} µs/article)."));
        Console.WriteLine(Invariant(
            $"Burst copies: {burstLookups.Count:N0} lookups, p50 {burst.P50:F3} p99 {burst.P99:F3} max {burst.Max:F1} ms; most rows one lookup met: {maxMatched:N0} ") + Invariant(
            $"(bound: {DuplicateIndex.PerPrint} per print)."));
        Console.WriteLine(Invariant(
            $"Chance candidates (≥ {DuplicateIndex.MinimumShared} shared prints, other family): {chanceArticles:N0} articles ({100.0 * chanceArticles / n:F2} %), {chanceCandidates:N0} candidates."));
        Console.WriteLine();
        Console.WriteLine($"| copies | looked up | met source (≥ {DuplicateIndex.MinimumShared} shared) | source among top {DuplicateIndex.MaxCandidates} | met its family |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, copies, source, candidate, family) in recall.Rows())
        {
            Console.WriteLine(Invariant($"| {kind} | {copies:N0} | {Share(source, copies)} | {Share(candidate, copies)} | {Share(family, copies)} |"));
        }
    }

    // Bytes this process has passed to write() (Linux /proc/self/io wchar: WAL frames and checkpoints, a few lines of output):
    // the store's write amplification, which no other process's load changes.
    private static long WrittenBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/io").FirstOrDefault(l => l.StartsWith("wchar:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["wchar:".Length..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long DatabaseBytes(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static string Share(long part, long whole) => Invariant($"{100.0 * part / whole:F2} %");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
