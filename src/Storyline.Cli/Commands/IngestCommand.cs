using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary><c>ingest PATH...</c>: reads files, folders and stdin, analyses and stores each article, prints what changed.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files, folders (recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var maxSize = new Option<double>("--max-size") { Description = "largest file read whole, in MB (JSON Lines: largest line)", DefaultValueFactory = _ => 16 };
        var command = new Command("ingest", "read, analyse and store articles") { paths, maxSize };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var megabytes = parse.GetValue(maxSize);
            if (megabytes <= 0)
            {
                throw new UsageException("--max-size must be a positive number of megabytes");
            }

            var ingestOptions = new IngestOptions { MaxBytes = (long)(megabytes * 1024 * 1024) };
            var json = parse.GetValue(GlobalOptions.Json);
            var options = new PipelineOptions { Ingest = ingestOptions, CollectAddedIds = json };
            var pipeline = new Pipeline(options, Languages.LanguageResources.Embedded, new Text.LanguageIdentifier(), Entities.EntityRecognizer.Default);
            await using var store = await StoreFactory.OpenAsync(parse, cancellationToken);
            var walker = new InputWalker(ingestOptions);
            IngestSummary summary;
            using (var progress = new ProgressLine())
            {
                summary = await pipeline.RunAsync(walker.Walk(parse.GetValue(paths)!), store, progress, cancellationToken);
            }

            if (json)
            {
                await JsonOutput.WriteAsync(new
                {
                    summary.Added,
                    summary.Unchanged,
                    Failed = summary.Failures.Count,
                    Skipped = walker.Skipped,
                    Failures = summary.Failures,
                    Warnings = summary.Warnings,
                    Articles = summary.AddedIds,
                    summary.Duplicates,
                    summary.StoriesStarted,
                    ElapsedSeconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
                });
            }
            else
            {
                Print(summary, walker.Skipped);
            }

            return summary.Failures.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Print(IngestSummary summary, int skipped)
    {
        var console = Terminal.Out;
        var seconds = summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var line = $"{summary.Added} added, {summary.Unchanged} unchanged, {summary.Failures.Count} failed, {summary.Duplicates} duplicate pair(s), {summary.StoriesStarted} new stor{(summary.StoriesStarted == 1 ? "y" : "ies")} in {seconds} s";
        if (skipped > 0)
        {
            line += $" ({skipped} file(s) of other types skipped)";
        }

        console.WriteLine(summary.Added == 0 && summary.Failures.Count == 0 && summary.Unchanged > 0
            ? $"{line}: nothing new, the store already has all of it."
            : line + ".");
        foreach (var warning in summary.Warnings)
        {
            console.WriteLine($"  warning  {warning}");
        }

        foreach (var failure in summary.Failures)
        {
            console.WriteLine($"  failed   {failure}");
        }
    }
}
