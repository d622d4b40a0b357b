using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Quotes;
using Storyline.Quotes;

namespace Storyline.Cli.Commands;

/// <summary><c>eval quotes PATH</c>: quote spans (exact and overlap P/R/F1) and speaker accuracy on gold articles, per language and kind.</summary>
public static class EvalQuotesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "gold articles.jsonl (or a folder of them: samples/gold/dev), ../shared/eval/quotes-german-wikinews or ../shared/eval/quotes-polnear",
        };
        var split = new Option<string>("--split")
        {
            Description = "for the shared sets: test (held back, default), dev or all; WikiNews holds back every 5th article by file name",
            DefaultValueFactory = _ => "test",
        };
        var errors = new Option<int>("--errors") { Description = "also print up to N errors (missed, spurious, wrong speaker), each in its context" };
        var kind = new Option<string>("--kind")
        {
            Description = "the quotes whose errors --errors prints: direct (default), indirect or all",
            DefaultValueFactory = _ => "direct",
        };
        kind.AcceptOnlyFromAmong("direct", "indirect", "all");
        var by = new Option<string>("--by")
        {
            Description = "the speaker measure --errors lists wrong speakers by: speaker (the entity, default) or span (where the text names the speaker; shared sets)",
            DefaultValueFactory = _ => "speaker",
        };
        by.AcceptOnlyFromAmong("speaker", "span");
        var command = new Command("quotes", "quotation spans (P/R/F1, exact and overlap) and speaker accuracy") { path, split, errors, kind, by };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            QuoteSplit? chosen;
            try
            {
                chosen = QuoteSplits.Parse(parse.GetValue(split));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            var shared = WikiNewsQuoteReader.IsWikiNews(target) || PolnearQuoteReader.IsPolnear(target);
            var scores = QuoteEvaluation.Default.Evaluate(target, chosen);
            var shownErrors = parse.GetValue(errors);
            QuoteKind? listed = parse.GetValue(kind) switch { "indirect" => QuoteKind.Indirect, "all" => null, _ => QuoteKind.Direct };
            foreach (var error in shownErrors > 0 ? QuoteEvaluation.Default.Errors(QuoteGold.Read(target, chosen), listed, bySpan: parse.GetValue(by) == "span").Take(shownErrors) : [])
            {
                Console.Out.WriteLine(error.Describe());
            }
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "quotes",
                    Path = target,
                    Split = shared ? parse.GetValue(split) : null,
                    Rows = scores.Select(s => new { s.Language, s.Kind, s.Gold, s.Found, s.Exact, s.Precision, s.Recall, s.F1, s.OverlapF1, s.SpeakerAccuracy, s.ShownAccuracy, s.SpanAccuracy }),
                });
                return 0;
            }

            // Only data that mark where the speaker is named (the shared sets) get the speaker-span column.
            var spans = scores.Any(s => s.SpanAccuracy is not null);
            var table = new Table().Border(TableBorder.Simple)
                .Caption((shared ? $"{parse.GetValue(split)} split; " : "") + "speaker accuracy over gold quotes that a found quote overlaps"
                    + (shared ? "; shown: the entity, else the words naming the speaker" : " (the gold's entity, where the text writes it); shown: under the gold's name")
                    + (spans ? "; speaker span: where the text names the speaker overlaps the data's speaker span" : ""))
                .AddColumns("language", "kind", "gold", "found", "precision", "recall", "F1", "overlap F1", "speaker", "shown");
            if (spans)
            {
                table.AddColumn("speaker span");
            }

            foreach (var s in scores)
            {
                string[] cells = [s.Language, s.Kind, N(s.Gold), N(s.Found), F(s.Precision), F(s.Recall), F(s.F1), F(s.OverlapF1), F(s.SpeakerAccuracy), F(s.ShownAccuracy)];
                table.AddRow(spans ? [.. cells, s.SpanAccuracy is { } span ? F(span) : "–"] : cells);
            }

            Terminal.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
