using System.Collections.Concurrent;
using System.Diagnostics;
using Storyline.Ingest.Charsets;

namespace Storyline.Evaluation.Boilerplate;

/// <summary>
/// Runs an extractor over trafilatura's evaluation pages and scores it as trafilatura's <c>tests/evaluate.py</c> does
/// (snippet precision, recall, F1, accuracy). Pages are split dev/test by <see cref="BenchmarkSplit"/>: tune on dev, report on test.
/// </summary>
public static class TrafilaturaBenchmark
{
    /// <summary>
    /// Scores <paramref name="extract"/> (html, url) → plain text on the pages of <paramref name="split"/> ("dev", "test" or "all").
    /// An extractor that throws scores a full miss on that page, as in trafilatura's <c>run_and_count</c>.
    /// </summary>
    public static BoilerplateBenchmarkResult Run(string evalDir, Func<string, string?, string> extract, string split, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var folder = TrafilaturaEvalData.ResolveTestsFolder(evalDir);
        var cases = TrafilaturaEvalData.Load(folder).Where(c => BenchmarkSplit.Includes(split, c.Split)).ToList();
        var scores = new ConcurrentBag<PageScore>();
        var missing = 0;
        var wall = Stopwatch.StartNew();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, page =>
        {
            var path = TrafilaturaEvalData.Resolve(folder, page.File);
            if (path is null)
            {
                Interlocked.Increment(ref missing);
                return;
            }

            // Decoding is the ingest stage's job, not the extractor's; it stays outside the timed part.
            var html = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
            var start = Stopwatch.GetTimestamp();
            string? text = null;
            string? error = null;
            try
            {
                text = extract(html, page.Url);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                error = $"{exception.GetType().Name}: {exception.Message}";
            }

            var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            scores.Add(new PageScore(page, SnippetMatcher.Count(page, text), milliseconds, error));
        });
        wall.Stop();

        var ordered = scores.OrderBy(s => s.Page.Url, StringComparer.Ordinal).ToList();
        var splits = ordered.GroupBy(s => s.Page.Split, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(ConfusionMatrix.Zero, (sum, s) => sum + s.Matrix), StringComparer.Ordinal);
        return new BoilerplateBenchmarkResult(
            splits,
            ordered.Aggregate(ConfusionMatrix.Zero, (sum, s) => sum + s.Matrix),
            ordered.Count,
            missing,
            ordered.Count(s => s.Error is not null),
            ordered.Sum(s => s.Milliseconds) / 1000,
            wall.Elapsed.TotalSeconds,
            ordered);
    }
}
