using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation;
using Storyline.Evaluation.Boilerplate;
using Storyline.Ingest.Html;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>eval boilerplate PATH</c>: on the sample gold, precision/recall/F1 of kept content tokens against the gold main text;
/// on trafilatura's benchmark folder, its snippet measure for our pipeline and for SmartReader alone, side by side.
/// </summary>
public static class EvalBoilerplateCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "samples/gold (or a split, or an articles.jsonl), or the boilerplate-trafilatura folder" };
        var split = new Option<string>("--split") { Description = "trafilatura pages: dev, test or all", DefaultValueFactory = _ => "test" };
        var corpus = new Option<string?>("--corpus") { Description = "the corpus the gold labels (default: samples/corpus beside the gold)" };
        var command = new Command("boilerplate", "quality of main-content extraction and boilerplate removal") { path, split, corpus };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or directory: {target}");
            }

            var pipeline = new Pipeline();
            var json = parse.GetValue(GlobalOptions.Json);
            if (IsTrafilatura(target))
            {
                var which = parse.GetValue(split)!;
                if (which is not ("dev" or "test" or "all"))
                {
                    throw new UsageException("--split must be dev, test or all");
                }

                var ours = TrafilaturaBenchmark.Run(target, (html, url) => pipeline.Clean(html, url), which, Environment.ProcessorCount);
                var baseline = new SmartReaderBaseline();
                var smart = TrafilaturaBenchmark.Run(target, (html, _) => baseline.ExtractText(html), which, Environment.ProcessorCount);
                await WriteTrafilatura(json, which, ours, smart);
                return 0;
            }

            var result = new SampleBoilerplateEvaluation(pipeline).Evaluate(target, parse.GetValue(corpus));
            await WriteSamples(json, target, result);
            return 0;
        });
        return command;
    }

    private static bool IsTrafilatura(string path) =>
        File.Exists(Path.Combine(path, "evaldata.json")) || File.Exists(Path.Combine(path, "tests", "evaldata.json"));

    private static async Task WriteTrafilatura(bool json, string split, BoilerplateBenchmarkResult ours, BoilerplateBenchmarkResult smart)
    {
        if (json)
        {
            await JsonOutput.WriteAsync(new
            {
                Task = "boilerplate",
                Measure = "trafilatura snippets",
                Split = split,
                Storyline = Summary(ours),
                SmartReader = Summary(smart),
            });
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("extractor", "pages", "precision", "recall", "F1", "accuracy", "pages/s per core (cold run)", "errors");
        foreach (var (name, r) in new[] { ("Storyline", ours), ("SmartReader 0.11.1", smart) })
        {
            table.AddRow(name, Num(r.Pages), F(r.Total.Precision), F(r.Total.Recall), F(r.Total.F1), F(r.Total.Accuracy), Num((int)r.PagesPerSecond), Num(r.Errors));
        }

        Terminal.Out.WriteLine($"Main-content extraction, trafilatura benchmark ({split} split; snippets kept and dropped, as its evaluate.py counts)");
        Terminal.Out.Write(table);
    }

    private static async Task WriteSamples(bool json, string path, SampleBoilerplateResult r)
    {
        if (json)
        {
            await JsonOutput.WriteAsync(new
            {
                Task = "boilerplate",
                Measure = "kept content tokens",
                Path = path,
                r.Articles,
                r.Missing,
                Total = Scores(r.Total),
                PerLanguage = r.PerLanguage.ToDictionary(kv => kv.Key, kv => Scores(kv.Value)),
                r.BoilerplateLabelled,
                r.BoilerplateLeaked,
                r.TitlesLabelled,
                r.TitlesRight,
                r.Leaks,
            });
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("language", "tokens (gold)", "precision", "recall", "F1");
        foreach (var (language, m) in r.PerLanguage)
        {
            table.AddRow(language, Num(m.TruePositives + m.FalseNegatives), F(m.Precision), F(m.Recall), F(m.F1));
        }

        table.AddRow("all", Num(r.Total.TruePositives + r.Total.FalseNegatives), F(r.Total.Precision), F(r.Total.Recall), F(r.Total.F1));
        Terminal.Out.WriteLine($"Boilerplate removal on {r.Articles} labelled articles ({r.Missing} not produced): kept tokens against the gold main text");
        Terminal.Out.Write(table);
        Terminal.Out.WriteLine($"labelled boilerplate lines left in the text: {r.BoilerplateLeaked} of {r.BoilerplateLabelled}; titles exactly right: {r.TitlesRight} of {r.TitlesLabelled}");
        foreach (var leak in r.Leaks.Take(10))
        {
            Terminal.Out.WriteLine($"  leaked  {Terminal.Clip(leak, 120)}");
        }
    }

    private static object Summary(BoilerplateBenchmarkResult r) => new
    {
        r.Pages,
        r.Missing,
        r.Errors,
        Scores = Scores(r.Total),
        r.Total.Accuracy,
        PagesPerSecondOneCore = Math.Round(r.PagesPerSecond, 1),
    };

    private static object Scores(ConfusionMatrix m) => new { m.Precision, m.Recall, m.F1, m.TruePositives, m.FalsePositives, m.FalseNegatives };

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
