using System.CommandLine;
using System.Diagnostics;
using Storyline.Cli.Output;
using Storyline.Entities;
using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>train span-types [PATH...] --out FILE</c>: trains the second opinion on each name's type (<see cref="SpanTyper"/>)
/// on the names of the train split of CoNLL-style files, and reports F1 on the dev blocks with the shipped taggers.
/// </summary>
public static class TrainSpanTypesCommand
{
    public static Command Create()
    {
        var paths = TrainOptions.ConllPaths();
        var output = TrainOptions.Output("classifier");
        var epochs = new Option<int>("--epochs") { Description = "passes over the data", DefaultValueFactory = _ => 8 };
        var runs = new Option<int>("--runs") { Description = "perceptrons trained in different orders and averaged (3: measured on dev, 1 and 5 no better)", DefaultValueFactory = _ => 3 };
        var licence = TrainOptions.Licence("classifier");
        var command = new Command("span-types", "train the classifier that has the last word on each name's type") { paths, output, epochs, runs, licence };
        command.SetAction((parse, cancellationToken) =>
        {
            var files = NerCorpus.Files(parse.GetValue(paths)!);
            var train = NerCorpus.Read(files, NerSplit.Train);
            var dev = NerCorpus.Read(files, NerSplit.Dev);
            var clock = Stopwatch.StartNew();
            var description = TrainOptions.Describe("averaged perceptron over names", parse.GetValue(epochs), train.Count, files);
            var model = new SpanTypeTrainer(EntityRecognizer.DefaultGazetteer(), WordClusters.Shipped) { Epochs = parse.GetValue(epochs), Runs = parse.GetValue(runs) }
                .Train(train, new NerModelInfo(description, parse.GetValue(licence)!, true, true), new LineProgress(Console.Error));
            var target = parse.GetValue(output)!;
            TrainOptions.Save(model, target, clock);
            var scores = ConllEvaluation.Evaluate(EntityRecognizer.WithSpanTyper(SpanTyper.Load(target)).Tagger, dev);
            EvalNerCommand.Write(scores, "dev blocks, shipped taggers");
            return Task.FromResult(0);
        });
        return command;
    }
}
