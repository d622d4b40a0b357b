using Storyline.Cli;
using Storyline.Cli.Commands;

// Hosts compose; each verb lives in its own file under Commands/.
var root = new System.CommandLine.RootCommand("Storyline: multilingual news turned into stories you can trust.");
GlobalOptions.AddTo(root);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ArticlesCommand.Create());
root.Subcommands.Add(ArticleCommand.Create());
root.Subcommands.Add(EntitiesCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(DuplicatesCommand.Create());
root.Subcommands.Add(StoriesCommand.Create());
root.Subcommands.Add(StoryCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
return await CommandRunner.InvokeAsync(root, args);
