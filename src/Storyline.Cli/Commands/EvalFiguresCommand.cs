using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Figures;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>eval figures PATH</c>: on gold articles (samples/gold, articles.jsonl) precision, recall and F1 of figure spans and
/// the accuracy of kind, value, unit, qualifier, subject and attribute per language; on the Microsoft Recognizers-Text
/// specs (a folder of *Model.json) the spans and values of numbers, percentages and amounts of money per language.
/// </summary>
public static class EvalFiguresCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "gold articles.jsonl (or a folder of them), or the recogniser specs folder" };
        var command = new Command("figures", "figure spans (P/R/F1) and the accuracy of value, unit, qualifier, subject, attribute") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            if (SpecFigureEvaluation.IsSpecs(target))
            {
                var specs = SpecFigureEvaluation.Default.Evaluate(target);
                if (parse.GetValue(GlobalOptions.Json))
                {
                    await JsonOutput.WriteAsync(new { Task = "figures", Path = target, Rows = specs.Select(Row) });
                    return 0;
                }

                Write(specs, "recogniser specs: exact spans; value accuracy over matched spans", withFields: false);
                return 0;
            }

            var scores = GoldFigureEvaluation.Default.Evaluate(target);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new { Task = "figures", Path = target, Rows = scores.Select(Row) });
                return 0;
            }

            Write(scores, "exact spans; field accuracy over exactly matched spans", withFields: true);
            return 0;
        });
        return command;
    }

    private static object Row(FigureScore s) => new
    {
        s.Language,
        s.Gold,
        s.Found,
        s.Exact,
        s.Precision,
        s.Recall,
        s.F1,
        s.OverlapF1,
        s.KindAccuracy,
        s.ValueAccuracy,
        s.UnitAccuracy,
        s.QualifierAccuracy,
        s.SubjectAccuracy,
        s.AttributeAccuracy,
    };

    private static void Write(IReadOnlyList<FigureScore> scores, string caption, bool withFields)
    {
        var table = new Table().Border(TableBorder.Simple).Caption(caption)
            .AddColumns("language", "gold", "found", "precision", "recall", "F1", "overlap F1", "value");
        if (withFields)
        {
            table.AddColumns("kind", "unit", "qualifier", "subject", "attribute");
        }

        foreach (var s in scores)
        {
            var cells = new List<string>
            {
                s.Language, N(s.Gold), N(s.Found), F(s.Precision), F(s.Recall), F(s.F1), F(s.OverlapF1), F(s.ValueAccuracy),
            };
            if (withFields)
            {
                cells.AddRange([F(s.KindAccuracy), F(s.UnitAccuracy), F(s.QualifierAccuracy), F(s.SubjectAccuracy), F(s.AttributeAccuracy)]);
            }

            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        Terminal.Out.Write(table);
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
