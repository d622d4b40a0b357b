using System.Diagnostics;
using SmartReader;

namespace Storyline.Throughput.Measurement;

/// <summary>
/// Times SmartReader (the off-the-shelf extractor, version in Directory.Packages.props) on the pages of an HTML
/// corpus, reading each file inside the timed loop as our ingest does, single-threaded and then with
/// <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/> on every core.
/// </summary>
public static class SmartReaderMeasurement
{
    // SmartReader checks links against the page address; a local one keeps it from resolving anything remote.
    private const string Address = "https://localhost/";

    // Tiered JIT needs a few hundred calls and a background recompile before code is at full speed; without this
    // warm-up the single-threaded pass (timed first) paid for it and looked twice as slow as it is.
    private const int WarmUpPages = 300;

    public static SmartReaderResult Run(string folder, int limit)
    {
        var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit).ToArray();
        Parallel.ForEach(pages.Take(WarmUpPages), page => Extract(page));

        var failed = 0;
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            failed += Extract(page) ? 0 : 1;
        }

        var single = clock.Elapsed.TotalSeconds;
        var threads = Environment.ProcessorCount;
        clock.Restart();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = threads }, page => Extract(page));
        var parallel = clock.Elapsed.TotalSeconds;
        return new SmartReaderResult(pages.Length, single, parallel, threads, failed, MemorySampler.PeakWorkingSet());
    }

    private static bool Extract(string path)
    {
        try
        {
            // Never the static two-string ParseArticle(url, html): that overload downloads the url.
            var article = new Reader(Address, File.ReadAllText(path)).GetArticle();
            return article.IsReadable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page SmartReader cannot handle counts as a failure, as an IngestFailure does in our run.
            return false;
        }
    }
}
