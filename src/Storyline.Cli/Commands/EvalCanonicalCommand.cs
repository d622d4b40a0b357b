using System.CommandLine;
using Storyline.Cli.Output;
using Storyline.Entities.Names;
using Storyline.Evaluation.Canonical;

namespace Storyline.Cli.Commands;

/// <summary><c>eval canonical PATH</c>: accuracy of canonical entity names on alias pairs (surface, language, expected name), per language.</summary>
public static class EvalCanonicalCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "a TSV of alias pairs: surface, language, expected canonical name[, type] (samples/gold/canonical/dev.tsv)" };
        var command = new Command("canonical", "accuracy of canonical entity names across languages, with the misses") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target))
            {
                throw new UsageException($"no such file: {target}");
            }

            var result = new CanonicalEvaluation(NameCatalog.Embedded).Evaluate(target);
            if (parse.GetValue(GlobalOptions.Json))
            {
                await JsonOutput.WriteAsync(new
                {
                    Task = "canonical",
                    Path = target,
                    result.Support,
                    result.Correct,
                    result.Accuracy,
                    PerLanguage = result.PerLanguage.Select(s => new { s.Language, s.Support, s.Correct, s.Accuracy }),
                    Misses = result.Misses.Select(m => new { m.Pair.Line, m.Pair.Surface, m.Pair.Language, m.Pair.Expected, m.Resolved }),
                });
            }
            else
            {
                CanonicalEvaluation.Write(result, Console.Out);
            }

            return 0;
        });
        return command;
    }
}
