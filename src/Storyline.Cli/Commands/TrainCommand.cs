using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>train TASK</c>: builds a model file from labelled data.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "build a model from labelled data");
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainSpanTypesCommand.Create());
        command.Subcommands.Add(TrainClustersCommand.Create());
        return command;
    }
}
