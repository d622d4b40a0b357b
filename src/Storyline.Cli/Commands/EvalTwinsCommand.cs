using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Quotes;

namespace Storyline.Cli.Commands;

/// <summary><c>eval twins PATH</c>: quote twins as pairs (P/R/F1), same language and across languages, on gold articles with statement slugs.</summary>
public static class EvalTwinsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "gold articles.jsonl (or a folder of them: samples/gold/dev)" };
        var command = new Command("twins", "quote twins: pairs of quotes of different articles in one statement (P/R/F1)") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            var scores = TwinEvaluation.Default.Evaluate(target);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "twins",
                    Path = target,
                    Rows = scores.Select(s => new { s.Pairs, s.Gold, s.Found, TruePositives = s.Counts.TruePositives, s.Precision, s.Recall, s.F1 }),
                });
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Caption("over gold quotes that a found quote overlaps; pairs of quotes in different articles")
                .AddColumns("pairs", "gold", "found", "right", "precision", "recall", "F1");
            foreach (var s in scores)
            {
                table.AddRow(s.Pairs, N(s.Gold), N(s.Found), N(s.Counts.TruePositives), F(s.Precision), F(s.Recall), F(s.F1));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
