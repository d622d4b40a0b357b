using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Figures;

namespace Storyline.Cli.Commands;

/// <summary><c>eval claims PATH</c>: accuracy of claim verdicts (agree, conflict, single) on labelled stories (claims.jsonl beside articles.jsonl).</summary>
public static class EvalClaimsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "a claims.jsonl (articles.jsonl beside it), or a folder of them (samples/gold/dev)" };
        var details = new Option<bool>("--details") { Description = "also list each gold claim beside the claim made for it, and the claims made that no gold claim names" };
        var command = new Command("claims", "accuracy of agree/conflict/single verdicts on labelled claims") { path, details };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            var scores = ClaimEvaluation.Default.Evaluate(target, out var outcomes);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "claims",
                    Path = target,
                    Rows = scores.Select(s => new { s.Verdict, s.Gold, s.Found, s.Right, s.Accuracy, s.FoundShare, s.AccuracyWhenFound }),
                });
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).Caption("a gold claim the pipeline does not make counts as wrong")
                .AddColumns("gold verdict", "claims", "found", "verdict right", "accuracy", "accuracy when found");
            foreach (var s in scores)
            {
                table.AddRow(s.Verdict, N(s.Gold), N(s.Found), N(s.Right), F(s.Accuracy), F(s.AccuracyWhenFound));
            }

            Terminal.Out.Write(table);
            if (parse.GetValue(details))
            {
                WriteDetails(outcomes);
            }

            return 0;
        });
        return command;
    }

    private static void WriteDetails(IReadOnlyList<ClaimOutcome> outcomes)
    {
        var table = new Table().Border(TableBorder.Simple).Caption("✓ right · ✗ wrong verdict · – not made · + made, not in the gold")
            .AddColumns("", "story", "subject", "attribute", "gold", "made", "values made (articles)");
        foreach (var o in outcomes.OrderBy(o => o.Gold is null).ThenBy(o => o.Story, StringComparer.Ordinal))
        {
            var mark = o.Gold is null ? "+" : o.Made is null ? "–" : o.Right ? "✓" : "✗";
            var subject = o.Gold?.Subject ?? o.Made!.Subject;
            var attribute = o.Gold?.Attribute ?? o.Made!.Attribute;
            var values = o.Made is null ? "" : string.Join("\n", o.Made.Values.Select(v => $"{FigureText.Of(v, o.Made.Kind)} ({string.Join(", ", v.Articles)})"));
            table.AddRow(mark, o.Story, subject, attribute, Lower(o.Gold?.Verdict), Lower(o.Made?.Verdict), Markup.Escape(values));
        }

        Terminal.Out.Write(table);

        static string Lower(Storyline.Figures.Claims.ClaimVerdict? v) => v?.ToString().ToLowerInvariant() ?? "";
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
