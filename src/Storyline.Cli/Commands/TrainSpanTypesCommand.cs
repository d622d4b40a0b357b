using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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
        var paths = new Argument<string[]>("path") { Description = "CoNLL/BIO files or folders (language from the path: de/, en/, fr/ or *_DE.bio)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "where to write the classifier", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "passes over the data", DefaultValueFactory = _ => 8 };
        var runs = new Option<int>("--runs") { Description = "perceptrons trained in different orders and averaged (3: measured on dev, 1 and 5 no better)", DefaultValueFactory = _ => 3 };
        var licence = new Option<string>("--licence") { Description = "the licence the classifier inherits from its data", DefaultValueFactory = _ => "CC BY-NC-SA 4.0 (WikiNEuRal)" };
        var command = new Command("span-types", "train the classifier that has the last word on each name's type") { paths, output, epochs, runs, licence };
        command.SetAction((parse, cancellationToken) =>
        {
            var files = NerCorpus.Files(parse.GetValue(paths)!);
            var train = NerCorpus.Read(files, NerSplit.Train);
            var dev = NerCorpus.Read(files, NerSplit.Dev);
            var clock = Stopwatch.StartNew();
            var description = string.Create(CultureInfo.InvariantCulture,
                $"averaged perceptron over names, {parse.GetValue(epochs)} epochs, {train.Count} sentences from {string.Join(", ", files.Select(f => $"{Path.GetFileName(Path.GetDirectoryName(f.Path))}/{Path.GetFileName(f.Path)}"))}, train blocks");
            var model = new SpanTypeTrainer(EntityRecognizer.DefaultGazetteer(), WordClusters.Shipped) { Epochs = parse.GetValue(epochs), Runs = parse.GetValue(runs) }
                .Train(train, new NerModelInfo(description, parse.GetValue(licence)!, true, true), new LineProgress(Console.Error));
            var target = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            model.Save(target);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained in {clock.Elapsed.TotalSeconds:F0} s: {model.FeatureCount:N0} features, {new FileInfo(target).Length / 1024.0 / 1024:F1} MB → {target}"));
            var scores = ConllEvaluation.Evaluate(EntityRecognizer.WithSpanTyper(SpanTyper.Load(target)).Tagger, dev);
            EvalNerCommand.Write(scores, "dev blocks, shipped taggers");
            return Task.FromResult(0);
        });
        return command;
    }
}
