using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>eval TASK PATH</c>: quality against labelled data.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var task = new Argument<string>("task") { Description = "language | boilerplate" };
        var path = new Argument<string>("path") { Description = "labelled data: a gold folder or file" };
        var command = new Command("eval", "precision, recall and F1 against labelled data") { task, path };
        command.SetAction((parse, cancellationToken) => Task.FromException<int>(new UsageException($"unknown eval task '{parse.GetValue(task)}'")));
        return command;
    }
}
