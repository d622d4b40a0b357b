using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Storyline.Throughput.Output;

/// <summary>Prints the machine line, the throughput table and the HTML comparison with SmartReader, as Markdown tables.</summary>
public static class ResultTable
{
    private const double Megabyte = 1024 * 1024;

    public static string Machine()
    {
        var debug = typeof(ResultTable).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled);
        return string.Create(CultureInfo.InvariantCulture, $"""
            machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}
            runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC{(debug ? ", DEBUG BUILD: figures are not representative, use -c Release" : ", Release build")}
            """);
    }

    public static void Print(TextWriter output, IReadOnlyList<ResultRow> rows)
    {
        output.WriteLine();
        output.WriteLine(Machine());
        output.WriteLine();
        output.WriteLine("| format | N | input | seconds | articles/s | 2nd half /s | MB/s | input MB | peak WS MB | GC heap peak MB | live after MB | AddedIds MB | failed | others' CPU |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (corpus, ingest, _) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Name(corpus.Format)} | {corpus.Articles:N0} | {corpus.Description} | {ingest.Seconds:0.0} | {ingest.Documents / ingest.Seconds:N0} | {ingest.SecondHalfRate:N0} | " +
                $"{corpus.Bytes / Megabyte / ingest.Seconds:0.0} | {corpus.Bytes / Megabyte:N0} | {ingest.PeakWorkingSet / Megabyte:N0} | " +
                $"{ingest.HeapPeak / Megabyte:N0} | {ingest.LiveAfter / Megabyte:0.0} | {ingest.AddedIdsBytes / Megabyte:0.0} | {ingest.Failed:N0} | {ingest.OtherCores:0.00} |"));
        }

        var html = rows.Where(r => r.SmartReader is not null).ToList();
        if (html.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("HTML: our whole pipeline (read, decode, extract, normalise, boilerplate, language, store) against SmartReader's extraction alone.");
            output.WriteLine();
            output.WriteLine("| format | N | ours pages/s (all cores) | ours, 2nd half | SmartReader pages timed | SmartReader pages/s, 1 thread | SmartReader pages/s, all cores | SmartReader not readable |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (corpus, ingest, reader) in html)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Name(corpus.Format)} | {corpus.Articles:N0} | {ingest.Documents / ingest.Seconds:N0} | {ingest.SecondHalfRate:N0} | {reader!.Pages:N0} | " +
                    $"{reader.Pages / reader.SingleSeconds:N0} | {reader.Pages / reader.ParallelSeconds:N0} ({reader.Threads} threads) | {reader.Failed:N0} |"));
            }
        }

        PrintStages(output, rows.Where(r => r.Stages is not null).ToList());
        foreach (var (corpus, ingest, _) in rows.Where(r => r.Ingest.FirstFailures.Count > 0))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{Name(corpus.Format)} {corpus.Articles:N0}: {ingest.Failed:N0} failed, e.g.:"));
            foreach (var failure in ingest.FirstFailures)
            {
                output.WriteLine("  " + failure);
            }
        }
    }

    private static void PrintStages(TextWriter output, IReadOnlyList<ResultRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var stages = rows.SelectMany(r => r.Stages!.MicrosecondsPerDocument.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine("Where the time goes: µs per document on one thread (first documents of each corpus, after a warm-up), and share of the total.");
        output.WriteLine();
        output.WriteLine("| format | N | documents | " + string.Join(" | ", stages) + " | total µs | 1-thread docs/s |");
        output.WriteLine("|---|---:|---:|" + string.Concat(stages.Select(_ => "---:|")) + "---:|---:|");
        foreach (var row in rows)
        {
            var times = row.Stages!.MicrosecondsPerDocument;
            var total = times.Values.Sum();
            var cells = stages.Select(s => times.TryGetValue(s, out var us)
                ? string.Create(CultureInfo.InvariantCulture, $"{us:N0} ({us / total:P0})")
                : "");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Name(row.Corpus.Format)} | {row.Corpus.Articles:N0} | {row.Stages.Documents:N0} | {string.Join(" | ", cells)} | {total:N0} | {1e6 / total:N0} |"));
        }
    }

    public static string Name(CorpusFormat format) => format switch
    {
        CorpusFormat.RealHtml => "real-html",
        _ => format.ToString().ToLowerInvariant(),
    };
}
