using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Duplicates;

namespace Storyline.Cli.Commands;

/// <summary><c>eval duplicates PATH</c>: labelled pairs (copy, rewrite, translation, none) against what the duplicate index finds.</summary>
public static class EvalDuplicatesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "a duplicates.jsonl beside its articles.jsonl, or a folder of them (samples/gold/test); or SemEval-2022's training_set.csv for the signals",
        };
        var pairs = new Option<bool>("--pairs") { Description = "also list every labelled pair beside the relation found" };
        var command = new Command("duplicates", "copies, rewrites and translations: precision, recall and F1 of labelled pairs by relation") { path, pairs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            if (target.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                await SignalsAsync(target, parse.GetValue(GlobalOptions.Json), cancellationToken);
                return 0;
            }

            var outcomes = new List<PairOutcome>();
            var scores = await DuplicateEvaluation.Default.EvaluateAsync(target, outcomes, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "duplicates",
                    Path = target,
                    Rows = scores.Select(s => new { s.Relation, s.Gold, s.Found, TruePositives = s.Counts.TruePositives, s.Precision, s.Recall, s.F1 }),
                    Pairs = parse.GetValue(pairs) ? outcomes : null,
                });
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Caption("a pair found that the gold does not list counts as none; \"any\" is copy, rewrite or translation against none")
                .AddColumns("relation", "gold", "found", "right", "precision", "recall", "F1");
            foreach (var s in scores)
            {
                table.AddRow(s.Relation, N(s.Gold), N(s.Found), N(s.Counts.TruePositives), F(s.Precision), F(s.Recall), F(s.F1));
            }

            Terminal.Out.Write(table);
            if (parse.GetValue(pairs))
            {
                var list = new Table().Border(TableBorder.Simple).AddColumns("a", "b", "gold", "found", "similarity");
                foreach (var o in outcomes)
                {
                    var found = o.Found.ToString().ToLowerInvariant() + (o.Derived ? " (derived)" : "");
                    var colour = o.Found == o.Gold.Relation ? "green" : "red";
                    list.AddRow(o.Gold.A, o.Gold.B, o.Gold.Relation.ToString().ToLowerInvariant(), $"[{colour}]{Markup.Escape(found)}[/]", F(o.Similarity));
                }

                Terminal.Out.Write(list);
            }

            return 0;
        });
        return command;
    }

    // SemEval-2022 pairs: what each language-independent signal alone is worth for same story against another.
    private static async Task SignalsAsync(string path, bool json, CancellationToken cancellationToken)
    {
        var rows = SignalEvaluation.Default.Evaluate(path, cancellationToken);
        if (json)
        {
            await JsonOutput.WriteAsync(new { Task = "duplicates-signals", Path = path, Rows = rows });
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .Caption("same story (overall 1-1.5) against another (3.5-4); AUC 0.5 is a coin; best F1 at the best threshold")
            .AddColumns("pairs", "signal", "same", "other", "AUC", "best F1", "at");
        foreach (var r in rows)
        {
            table.AddRow(r.Pairs, r.Signal, N(r.Same), N(r.Other), F(r.Auc), F(r.BestF1), F(r.Threshold));
        }

        Terminal.Out.Write(table);
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
