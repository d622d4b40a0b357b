using System.CommandLine;
using Storyline.Cli.Output;
using Storyline.Evaluation.Language;
using Storyline.Text;

namespace Storyline.Cli.Commands;

/// <summary><c>eval language PATH</c>: accuracy of language identification per language, on whole texts or snippets.</summary>
public static class EvalLanguageCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "a gold articles.jsonl, a folder of them (samples/gold), or the SemEval CSV" };
        var snippet = new Option<int?>("--snippet") { Description = "score only the first N characters of each text (e.g. 120 for two sentences)" };
        var command = new Command("language", "accuracy of language identification, per language") { path, snippet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"no such file or directory: {target}");
            }

            if (parse.GetValue(snippet) is <= 0)
            {
                throw new UsageException("--snippet must be a positive number of characters");
            }

            var result = new LanguageEvaluation(new LanguageIdentifier()).Evaluate(target, parse.GetValue(snippet));
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "language",
                    Path = target,
                    result.SnippetChars,
                    result.Support,
                    result.Correct,
                    result.Accuracy,
                    PerLanguage = result.PerLanguage.Select(s => new { s.Language, s.Support, s.Correct, s.Accuracy }),
                    result.Confusions,
                });
            }
            else
            {
                LanguageEvaluation.Write(result, Console.Out);
            }

            return 0;
        });
        return command;
    }
}
