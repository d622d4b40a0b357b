using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Storyline.Bench.Measurement;
using Storyline.Storage.Sqlite;
using Storyline.Stories;
using Storyline.StoryBench.Corpus;
using Storyline.StoryBench.Measurement;

namespace Storyline.StoryBench;

/// <summary>
/// Stores N generated articles in a fresh SQLite store, <see cref="StoryBenchOptions.Batch"/> at a time with
/// <c>AddAsync</c>, and after each batch runs <c>new StoryIndex(store).UpdateAsync</c> as ingest does (the duplicate index
/// is not built: its table stays empty, and <c>DuplicatesAsync</c> per article is timed to show what the lookup itself
/// costs). Times generation, storing and assignment apart; at the end scores the stories found against the true ones.
/// </summary>
public sealed class AssignRun(StoryBenchOptions options)
{
    private const int TermSampleEvery = 16;

    private readonly Stopwatch generateClock = new();
    private readonly Stopwatch addClock = new();
    private readonly Stopwatch assignClock = new();
    private long assignCpu;
    private long assignThreadCpu;
    private long termSamples;
    private long termSampleCpu;
    private long peakWorkingSet;
    private long peakHeap;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var path = options.Database ?? Path.Combine(Path.GetTempPath(), $"storyline-storybench-{Environment.ProcessId}.db");
        if (File.Exists(path))
        {
            throw new ArgumentException($"{path} exists: the benchmark needs a fresh store");
        }

        var n = (int)options.Articles;
        var clock = Stopwatch.StartNew();
        var lexicon = new Lexicon(options.Seed);
        var stream = new StoryStream(n, options.Seed, lexicon);
        Console.Error.WriteLine(Invariant(
            $"lexicon of {Lexicon.Languages.Length} × {Lexicon.WordsPerLanguage:N0} words in {clock.Elapsed.TotalSeconds:F1} s; ~{n / stream.MeanSize:N0} stories expected (mean size {stream.MeanSize:F1}); store {path}"));

        var truth = new int[n];
        var contention = new CpuContention();
        var store = await SqliteArticleStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        var timed = new TimedStore(store);
        var index = new StoryIndex(timed);
        long started = 0;
        await using (store.ConfigureAwait(false))
        {
            await using var probe = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await probe.OpenAsync(cancellationToken).ConfigureAwait(false);
            var chunk = new Chunk(0, TimeSpan.Zero, TimeSpan.Zero, 0, 0, 0, 0, 0);
            var nextReport = options.Every;
            var done = 0;
            while (done < n)
            {
                generateClock.Start();
                var batch = new List<Article>(Math.Min(options.Batch, n - done));
                while (batch.Count < batch.Capacity)
                {
                    var (article, story) = stream.Next();
                    truth[done + batch.Count] = story;
                    batch.Add(article);
                    if ((done + batch.Count) % TermSampleEvery == 0)
                    {
                        var cpu = ThreadCpu.Nanoseconds();
                        _ = StoryTerms.Of(article);
                        termSampleCpu += ThreadCpu.Nanoseconds() - cpu;
                        termSamples++;
                    }
                }

                generateClock.Stop();
                addClock.Start();
                await timed.AddAsync(batch, cancellationToken).ConfigureAwait(false);
                addClock.Stop();

                var (processCpu, threadCpu) = (ProcessCpu(), ThreadCpu.Nanoseconds());
                assignClock.Start();
                var (assigned, startedNow) = await index.UpdateAsync(cancellationToken).ConfigureAwait(false);
                assignClock.Stop();
                assignCpu += (ProcessCpu() - processCpu).Ticks;
                assignThreadCpu += ThreadCpu.Nanoseconds() - threadCpu;
                if (assigned != batch.Count)
                {
                    throw new InvalidOperationException($"assigned {assigned} of {batch.Count}");
                }

                started += startedNow;
                done += batch.Count;
                if (done >= nextReport || done == n)
                {
                    chunk = await ReportAsync(done, chunk, timed, stream, probe, path, cancellationToken).ConfigureAwait(false);
                    while (nextReport <= done)
                    {
                        nextReport += options.Every;
                    }
                }
            }

            var others = contention.OtherCores();
            var found = await FoundAsync(probe, n, cancellationToken).ConfigureAwait(false);
            var merges = Convert.ToInt64(await ScalarAsync(probe, "SELECT count(*) FROM story_merges", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            Summary(n, timed, stream, truth, found, started, merges, others, path);
            SqliteConnection.ClearAllPools();
        }

        if (!options.Keep)
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }

        return 0;
    }

    private sealed record Chunk(int Done, TimeSpan Assign, TimeSpan Add, long ContextTicks, long SaveTicks, long Batches, long StoriesLoaded, long StoryTermsLoaded);

    private async Task<Chunk> ReportAsync(
        int done, Chunk last, TimedStore timed, StoryStream stream, SqliteConnection probe, string path, CancellationToken cancellationToken)
    {
        var workingSet = Environment.WorkingSet;
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        (peakWorkingSet, peakHeap) = (Math.Max(peakWorkingSet, workingSet), Math.Max(peakHeap, heap));
        var stories = Convert.ToInt64(await ScalarAsync(probe, "SELECT count(*) FROM stories WHERE merged_into IS NULL", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var articles = done - last.Done;
        var batches = timed.Save.Calls - last.Batches;
        var now = new Chunk(done, assignClock.Elapsed, addClock.Elapsed, timed.Context.WallTicks, timed.Save.WallTicks, timed.Save.Calls, timed.ContextSize.Stories, timed.ContextSize.StoryTerms);
        double PerBatch(long ticks) => batches == 0 ? 0 : Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds / batches;
        Console.Error.WriteLine(Invariant(
            $"{done,10:N0} articles  assign {articles / (now.Assign - last.Assign).TotalSeconds,6:N0}/s last chunk  {done / now.Assign.TotalSeconds,6:N0}/s overall  ") + Invariant(
            $"(per {StoryIndex.BatchSize}: context {PerBatch(now.ContextTicks - last.ContextTicks):F1} ms with {(now.StoriesLoaded - last.StoriesLoaded) / Math.Max(1, batches):N0} stories ") + Invariant(
            $"of {(now.StoryTermsLoaded - last.StoryTermsLoaded) / Math.Max(1, batches):N0} terms, save {PerBatch(now.SaveTicks - last.SaveTicks):F1} ms)  ") + Invariant(
            $"add {articles / (now.Add - last.Add).TotalSeconds,6:N0}/s  WS {workingSet / 1e6:N0} MB  GC heap {heap / 1e6:N0} MB  db {DatabaseBytes(path) / 1e6:N0} MB  ") + Invariant(
            $"stories {stories:N0} found / {stream.Stories:N0} true"));
        return now;
    }

    private void Summary(int n, TimedStore timed, StoryStream stream, int[] truth, int[] found, long started, long merges, double? others, string path)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        peakWorkingSet = Math.Max(peakWorkingSet, process.PeakWorkingSet64);
        var assign = assignClock.Elapsed.TotalSeconds;
        var add = addClock.Elapsed.TotalSeconds;
        var foundStories = found.Distinct().Count();
        Console.WriteLine();
        Console.WriteLine("| articles | assign s | assign articles/s | AddAsync s (articles/s) | generate s | assign CPU s (all threads) | peak WS MB | GC heap peak MB | db MB | true stories | found stories | started | merges | others' CPU |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Invariant(
            $"| {n:N0} | {assign:F1} | {n / assign:N0} | {add:F1} ({n / add:N0}) | {generateClock.Elapsed.TotalSeconds:F1} | {TimeSpan.FromTicks(assignCpu).TotalSeconds:F1} | ") + Invariant(
            $"{peakWorkingSet / 1e6:N0} | {peakHeap / 1e6:N0} | {DatabaseBytes(path) / 1e6:N0} | {stream.Stories:N0} | {foundStories:N0} | {started:N0} | {merges:N0} | {others:F2} |"));

        Console.WriteLine();
        var phases = new[] { timed.Unassigned, timed.Duplicates, timed.Context, timed.Save };
        var storeWall = phases.Sum(p => p.WallSeconds);
        var storeCpu = phases.Sum(p => p.CpuSeconds);
        Console.WriteLine("| UpdateAsync phase | calls | wall s | share | thread CPU s | CPU µs/article |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        void Line(string name, long calls, double wall, double cpu) =>
            Console.WriteLine(Invariant($"| {name} | {calls:N0} | {wall:F1} | {100 * wall / assign:F0} % | {cpu:F1} | {cpu * 1e6 / n:F0} |"));
        Line("`UnassignedAsync` (read 128 articles, parse JSON)", timed.Unassigned.Calls, timed.Unassigned.WallSeconds, timed.Unassigned.CpuSeconds);
        Line("`DuplicatesAsync` (one per article, empty table)", timed.Duplicates.Calls, timed.Duplicates.WallSeconds, timed.Duplicates.CpuSeconds);
        Line("`StoryContextAsync`", timed.Context.Calls, timed.Context.WallSeconds, timed.Context.CpuSeconds);
        Line("`SaveStoriesAsync`", timed.Save.Calls, timed.Save.WallSeconds, timed.Save.CpuSeconds);
        Line("the rest: `StoryTerms.Of` (parallel), prime, assign, postings", timed.Save.Calls, assign - storeWall, (assignThreadCpu / 1e9) - storeCpu);
        var (terms, stories, storyTerms, postings) = timed.ContextSize;
        var contexts = Math.Max(1, timed.Context.Calls);
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"Per context ({StoryIndex.BatchSize} articles): {terms / contexts:N0} terms looked up, {postings / contexts:N0} postings read, {stories / contexts:N0} stories loaded ") + Invariant(
            $"carrying {storyTerms / contexts:N0} terms (JSON parsed). `StoryTerms.Of` alone (sampled 1 in {TermSampleEvery}, one thread): {termSampleCpu / 1e3 / Math.Max(1, termSamples):F0} µs/article CPU."));

        Console.WriteLine();
        Console.WriteLine("| true story size | articles | B-cubed precision | B-cubed recall | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var row in BCubed.Score(truth, found))
        {
            Console.WriteLine(Invariant($"| {row.Stories} | {row.Articles:N0} | {row.Precision:F3} | {row.Recall:F3} | {row.F1:F3} |"));
        }
    }

    /// <summary>Each article's story as the store holds it now (merges applied), by arrival row; -1 where none.</summary>
    private static async Task<int[]> FoundAsync(SqliteConnection probe, int n, CancellationToken cancellationToken)
    {
        var found = Enumerable.Repeat(-1, n).ToArray();
        await using var command = probe.CreateCommand();
        command.CommandText = "SELECT row, story FROM story_articles";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found[reader.GetInt64(0) - 1] = reader.GetInt32(1);
        }

        return found;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long DatabaseBytes(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
