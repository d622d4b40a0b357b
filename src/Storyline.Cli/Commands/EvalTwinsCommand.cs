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
        var pairs = new Option<bool>("--pairs") { Description = "also list every pair judged otherwise than the gold (missed twins, false joins)" };
        var command = new Command("twins", "quote twins: pairs of quotes of different articles in one statement (P/R/F1)") { path, pairs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            var scores = TwinEvaluation.Default.Evaluate(target, out var misses);
            var listed = parse.GetValue(pairs);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "twins",
                    Path = target,
                    Rows = scores.Select(s => new { s.Pairs, s.Gold, s.Found, TruePositives = s.Counts.TruePositives, s.Precision, s.Recall, s.F1 }),
                    Misses = listed ? misses : null,
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
            if (listed)
            {
                var wrong = new Table().Border(TableBorder.Simple).Caption("missed: one statement in the gold, two found; joined: two in the gold, one found")
                    .AddColumns("pairs", "", "article", "quote", "article", "quote");
                foreach (var m in misses)
                {
                    wrong.AddRow(Markup.Escape(m.Pairs), m.Gold ? "missed" : "joined", Markup.Escape(m.ArticleA), Markup.Escape(Short(m.QuoteA)),
                        Markup.Escape(m.ArticleB), Markup.Escape(Short(m.QuoteB)));
                }

                Terminal.Out.Write(wrong);
            }

            return 0;
        });
        return command;
    }

    // A quote's first words, enough to know it again.
    private static string Short(string quote) => quote.Length <= ShownQuote ? quote : quote[..ShownQuote] + "…";

    private const int ShownQuote = 60;

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
