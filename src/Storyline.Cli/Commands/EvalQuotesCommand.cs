using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Quotes;

namespace Storyline.Cli.Commands;

/// <summary><c>eval quotes PATH</c>: quote spans (exact and overlap P/R/F1) and speaker accuracy on gold articles, per language and kind.</summary>
public static class EvalQuotesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "gold articles.jsonl (or a folder of them: samples/gold/dev)" };
        var command = new Command("quotes", "quotation spans (P/R/F1, exact and overlap) and speaker accuracy") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            var scores = QuoteEvaluation.Default.Evaluate(target);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "quotes",
                    Path = target,
                    Rows = scores.Select(s => new { s.Language, s.Kind, s.Gold, s.Found, s.Exact, s.Precision, s.Recall, s.F1, s.OverlapF1, s.SpeakerAccuracy }),
                });
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Caption("speaker accuracy over gold quotes that a found quote overlaps")
                .AddColumns("language", "kind", "gold", "found", "precision", "recall", "F1", "overlap F1", "speaker");
            foreach (var s in scores)
            {
                table.AddRow(s.Language, s.Kind, N(s.Gold), N(s.Found), F(s.Precision), F(s.Recall), F(s.F1), F(s.OverlapF1), F(s.SpeakerAccuracy));
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
