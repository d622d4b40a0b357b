using System.Globalization;
using Storyline.Throughput.Corpus;
using Storyline.Throughput.Measurement;
using Storyline.Throughput.Output;

namespace Storyline.Throughput;

/// <summary>
/// For each size and format: write the corpus to disk, ingest it in a fresh process into a fresh SQLite file, time
/// SmartReader on HTML pages, delete the corpus, and finally print the table.
/// </summary>
public static class BenchmarkRun
{
    // Bytes per article on disk, to refuse a run the disk cannot hold (measured: text ~4.6 KB, generated HTML ~57 KB,
    // real pages ~146 KB) plus the store, which holds the text again (~5 KB per article with metadata).
    private static readonly Dictionary<CorpusFormat, long> BytesPerArticle = new()
    {
        [CorpusFormat.Jsonl] = 5_500,
        [CorpusFormat.Text] = 9_000,
        [CorpusFormat.Html] = 64_000,
        [CorpusFormat.RealHtml] = 152_000,
    };

    public static int Run(ThroughputOptions options)
    {
        var realPages = options.RealPages ?? FindRealPages();
        var formats = options.Formats ?? (realPages is null
            ? [CorpusFormat.Jsonl, CorpusFormat.Text, CorpusFormat.Html]
            : [CorpusFormat.Jsonl, CorpusFormat.Text, CorpusFormat.Html, CorpusFormat.RealHtml]);
        var writer = new CorpusWriter(LanguageVocabulary.LoadAll(), realPages);
        Directory.CreateDirectory(options.Output);
        Console.Error.WriteLine(ResultTable.Machine());
        Console.Error.WriteLine(realPages is null
            ? "real-html: not offered (no ../shared/eval/boilerplate-trafilatura/tests/eval/*.html); HTML is measured on generated pages only"
            : $"real-html: {realPages}");

        var rows = new List<ResultRow>();
        foreach (var size in options.Sizes)
        {
            foreach (var format in formats)
            {
                if (Measure(writer, options, format, size) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        ResultTable.Print(Console.Out, rows);
        return 0;
    }

    private static ResultRow? Measure(CorpusWriter writer, ThroughputOptions options, CorpusFormat format, int size)
    {
        var name = ResultTable.Name(format);
        var label = string.Create(CultureInfo.InvariantCulture, $"{name} {size:N0}");
        var needed = BytesPerArticle[format] * size;
        var free = new DriveInfo(options.Output).AvailableFreeSpace;
        if (needed > free * 0.9)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: skipped, needs ~{needed / 1e9:0.0} GB on disk and {free / 1e9:0.0} GB are free under {options.Output}"));
            return null;
        }

        var folder = Path.Combine(options.Output, $"{name}-{size}");
        var database = Path.Combine(options.Output, $"{name}-{size}.db");
        Delete(folder, database);
        try
        {
            Console.Error.WriteLine($"{label}: generating into {folder}");
            var corpus = writer.Write(format, size, folder, new Progress<int>(n =>
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {n:N0}/{size:N0} written"))));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {corpus.Bytes / 1048576.0:N0} MB written in {corpus.Elapsed.TotalSeconds:0.0} s; ingesting"));
            var ingest = ChildProcess.Run<IngestResult>("--measure-ingest", folder, database, size.ToString(CultureInfo.InvariantCulture), label);
            SmartReaderResult? reader = null;
            if (format is CorpusFormat.Html or CorpusFormat.RealHtml)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: SmartReader on {Math.Min(size, options.SmartReaderPages):N0} pages"));
                reader = ChildProcess.Run<SmartReaderResult>("--measure-smartreader", folder, options.SmartReaderPages.ToString(CultureInfo.InvariantCulture));
            }

            StageTimes? stages = null;
            if (options.Profile)
            {
                Console.Error.WriteLine($"{label}: stage profile");
                stages = ChildProcess.Run<StageTimes>("--profile-stages", folder, ThroughputOptions.ProfileDocuments.ToString(CultureInfo.InvariantCulture));
            }

            return new ResultRow(corpus, ingest, reader) { Stages = stages };
        }
        finally
        {
            if (!options.Keep)
            {
                Delete(folder, database);
            }
        }
    }

    private static void Delete(string folder, string database)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    // The repository root is the folder with Storyline.slnx; the eval pages sit beside it in shared/.
    private static string? FindRealPages()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx")))
            {
                var pages = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "boilerplate-trafilatura", "tests", "eval"));
                return Directory.Exists(pages) && Directory.EnumerateFiles(pages, "*.html").Any() ? pages : null;
            }
        }

        return null;
    }
}
