using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Entities;
using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>eval ner PATH...</c>: exact-span precision, recall and F1 per language and type, on CoNLL/BIO files (the tagger
/// alone, on the held-back test blocks by default) or on gold articles in JSON (the whole entity stage on each text).
/// </summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "CoNLL/BIO files or folders, or gold articles.jsonl files or folders of them", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string>("--split") { Description = "for CoNLL data: test (held back, default), dev, train or all", DefaultValueFactory = _ => "test" };
        var language = new Option<string?>("--language") { Description = "the data's language when its path does not tell" };
        var model = new Option<string?>("--model") { Description = "a model file instead of the shipped one" };
        var spanTypes = new Option<string?>("--span-types") { Description = "the second opinion on each name's type: shipped (the default with the shipped models), none (the default with --model), or a file made by `train span-types`" };
        var errors = new Option<int>("--errors") { Description = "also print up to N errors: on CoNLL data sentences whose spans differ from gold, on gold articles mentions missed, spurious, typed otherwise or of other bounds" };
        var command = new Command("ner", "precision, recall and F1 of named entities (exact spans), per language and type") { paths, split, language, model, spanTypes, errors };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var targets = parse.GetValue(paths)!;
            foreach (var target in targets.Where(t => !File.Exists(t) && !Directory.Exists(t)))
            {
                throw new UsageException($"no such file or directory: {target}");
            }

            NerSplit? chosen;
            try
            {
                chosen = NerSplits.Parse(parse.GetValue(split));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            // A model under test is measured alone unless asked: the shipped typer was tuned beside the shipped taggers.
            var types = parse.GetValue(spanTypes) ?? (parse.GetValue(model) is null ? "shipped" : "none");
            var typer = types switch
            {
                "shipped" => SpanTyper.Shipped,
                "none" => null,
                var typesFile => SpanTyper.Load(typesFile),
            };
            var recognizer = parse.GetValue(model) is { } file
                ? EntityRecognizer.WithModel(NerModel.Load(file), typer)
                : types == "shipped" ? EntityRecognizer.Default : EntityRecognizer.WithSpanTyper(typer);
            var gold = targets.Where(GoldEntityReader.IsGold).ToList();
            var conll = targets.Except(gold).ToList();
            var scores = new List<SpanCounts>();
            if (conll.Count > 0)
            {
                var sentences = NerCorpus.Read(NerCorpus.Files(conll, parse.GetValue(language)), chosen);
                scores.AddRange(ConllEvaluation.Evaluate(recognizer.Tagger, sentences));
                foreach (var error in SpanErrors.Find(recognizer.Tagger, sentences).Take(parse.GetValue(errors)))
                {
                    Console.Out.WriteLine(SpanErrors.Describe(error));
                }
            }

            if (gold.Count > 0)
            {
                var evaluation = new GoldEntityEvaluation(recognizer);
                scores.AddRange(evaluation.Evaluate(gold.SelectMany(GoldEntityReader.Read)));
                foreach (var error in evaluation.Errors.Take(parse.GetValue(errors)))
                {
                    Console.Out.WriteLine(error.Describe());
                }
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "ner",
                    Paths = targets,
                    Split = conll.Count > 0 ? parse.GetValue(split) : null,
                    Scores = scores.Select(s => new { s.Language, s.Type, s.Support, s.TruePositives, s.FalsePositives, s.FalseNegatives, s.Precision, s.Recall, s.F1 }),
                });
            }
            else
            {
                Write(scores, conll.Count > 0 ? $"{parse.GetValue(split)} blocks" : "gold articles");
            }

            return 0;
        });
        return command;
    }

    public static void Write(IReadOnlyList<SpanCounts> scores, string caption)
    {
        var table = new Table().Border(TableBorder.Simple).Caption(caption)
            .AddColumns("language", "type", "support", "precision", "recall", "F1");
        foreach (var s in scores)
        {
            var bold = s.Type == "all";
            table.AddRow(
                s.Language,
                bold ? "[bold]all[/]" : s.Type,
                s.Support.ToString("N0", CultureInfo.InvariantCulture),
                s.Precision.ToString("F3", CultureInfo.InvariantCulture),
                s.Recall.ToString("F3", CultureInfo.InvariantCulture),
                bold ? $"[bold]{s.F1.ToString("F3", CultureInfo.InvariantCulture)}[/]" : s.F1.ToString("F3", CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
    }
}
