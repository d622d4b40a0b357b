using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>eval TASK PATH</c>: quality against labelled data, one subcommand per task.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "precision, recall, F1 (or the task's measure) against labelled data");
        command.Subcommands.Add(EvalLanguageCommand.Create());
        command.Subcommands.Add(EvalBoilerplateCommand.Create());
        command.Subcommands.Add(EvalNerCommand.Create());
        command.Subcommands.Add(EvalCanonicalCommand.Create());
        command.Subcommands.Add(EvalFiguresCommand.Create());
        command.Subcommands.Add(EvalClaimsCommand.Create());
        command.Subcommands.Add(EvalQuotesCommand.Create());
        command.Subcommands.Add(EvalTwinsCommand.Create());
        command.Subcommands.Add(EvalDuplicatesCommand.Create());
        command.Subcommands.Add(EvalStoriesCommand.Create());
        command.Subcommands.Add(EvalGateCommand.Create());
        return command;
    }
}
