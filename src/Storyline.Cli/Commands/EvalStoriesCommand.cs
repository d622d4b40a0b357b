using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation;
using Storyline.Evaluation.Stories;
using Storyline.Stories;

namespace Storyline.Cli.Commands;

/// <summary><c>eval stories PATH</c>: online story assignment against gold stories (B-cubed, adjusted Rand, pairs across and within languages).</summary>
public static class EvalStoriesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "gold articles.jsonl with story labels, or a folder of them (samples/gold/test); or SemEval-2022's training_set.csv for same-story pairs",
        };
        var threshold = new Option<double>("--threshold") { Description = "score an article needs to join a story", DefaultValueFactory = _ => StoryClusterer.DefaultThreshold };
        var articles = new Option<bool>("--articles") { Description = "also list each article's gold story beside the story it joined" };
        var split = new Option<string>("--split")
        {
            Description = "SemEval pairs: all (default), dev (the half the clusterer was tuned on) or test (the other half)",
            DefaultValueFactory = _ => "all",
        };
        var command = new Command("stories", "story assignment: B-cubed precision, recall, F1, adjusted Rand index, same-story pairs across languages") { path, threshold, articles, split };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or folder: {target}");
            }

            if (target.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                var half = parse.GetValue(split) switch
                {
                    "all" => null,
                    StoryEvaluation.TuneHalf => StoryEvaluation.TuneHalf,
                    StoryEvaluation.ReportHalf => StoryEvaluation.ReportHalf,
                    var other => throw new UsageException($"unknown split '{other}': use all, dev or test"),
                };
                var (cross, same) = StoryEvaluation.Default.EvaluatePairs(target, parse.GetValue(threshold), cancellationToken, half);
                if (parse.GetValue(GlobalOptions.Json))
                {
                    await JsonOutput.WriteAsync(new
                    {
                        Task = "stories-pairs",
                        Path = target,
                        CrossLanguage = new { cross.TruePositives, cross.FalsePositives, cross.FalseNegatives, cross.TrueNegatives, cross.Precision, cross.Recall, cross.F1 },
                        SameLanguage = new { same.TruePositives, same.FalsePositives, same.FalseNegatives, same.TrueNegatives, same.Precision, same.Recall, same.F1 },
                    });
                    return 0;
                }

                var pairTable = new Table().Border(TableBorder.Simple)
                    .Caption("same story: overall 1-1.5; another: 3.5-4; every text assigned in one stream")
                    .AddColumns("pairs", "same", "other", "precision", "recall", "F1", "accuracy");
                foreach (var (name, m) in new[] { ("across languages", cross), ("one language", same) })
                {
                    pairTable.AddRow(name, (m.TruePositives + m.FalseNegatives).ToString(CultureInfo.InvariantCulture),
                        (m.FalsePositives + m.TrueNegatives).ToString(CultureInfo.InvariantCulture), F(m.Precision), F(m.Recall), F(m.F1), F(m.Accuracy));
                }

                Terminal.Out.Write(pairTable);
                return 0;
            }

            var decisions = new List<(GoldArticle Gold, StoryDecision Decision)>();
            var s = await StoryEvaluation.Default.EvaluateAsync(target, parse.GetValue(threshold), decisions, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "stories",
                    Path = target,
                    s.Articles,
                    s.GoldStories,
                    s.FoundStories,
                    s.Precision,
                    s.Recall,
                    s.F1,
                    s.AdjustedRand,
                    CrossLanguage = new { s.CrossLanguagePairs.Precision, s.CrossLanguagePairs.Recall, s.CrossLanguagePairs.F1 },
                    SameLanguage = new { s.SameLanguagePairs.Precision, s.SameLanguagePairs.Recall, s.SameLanguagePairs.F1 },
                });
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple)
                .Title($"{s.Articles} articles, {s.GoldStories} gold stories, {s.FoundStories} found; adjusted Rand index {F(s.AdjustedRand)}")
                .AddColumns("measure", "precision", "recall", "F1");
            table.AddRow("B-cubed", F(s.Precision), F(s.Recall), F(s.F1));
            table.AddRow("pairs across languages", F(s.CrossLanguagePairs.Precision), F(s.CrossLanguagePairs.Recall), F(s.CrossLanguagePairs.F1));
            table.AddRow("pairs in one language", F(s.SameLanguagePairs.Precision), F(s.SameLanguagePairs.Recall), F(s.SameLanguagePairs.F1));
            Terminal.Out.Write(table);
            if (parse.GetValue(articles))
            {
                var list = new Table().Border(TableBorder.Simple).AddColumns("article", "language", "gold story", "story", "score");
                foreach (var (gold, decision) in decisions)
                {
                    var note = decision.Started ? " (new)" : decision.Merged is { } m ? $" (merged {m})" : "";
                    list.AddRow(gold.Id, gold.Language, gold.Story, decision.Story.ToString(CultureInfo.InvariantCulture) + note, F(decision.Score));
                }

                Terminal.Out.Write(list);
            }

            return 0;
        });
        return command;
    }

    private static string F(double f) => f.ToString("0.000", CultureInfo.InvariantCulture);
}
