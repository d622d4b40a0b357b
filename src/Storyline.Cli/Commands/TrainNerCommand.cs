using System.CommandLine;
using System.Diagnostics;
using Storyline.Cli.Output;
using Storyline.Entities;
using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>train ner [PATH...] --out FILE</c>: trains the entity tagger on the train split of CoNLL-style files (the dev and
/// test blocks stay held back; see <see cref="NerSplits"/>) and reports F1 on the dev blocks.
/// </summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var paths = TrainOptions.ConllPaths();
        var output = TrainOptions.Output("model");
        var epochs = new Option<int>("--epochs") { Description = "passes over the data", DefaultValueFactory = _ => 12 };
        var withGazetteer = new Option<bool>("--gazetteer") { Description = "add gazetteer features (measured: +0.002 F1, and German plural nouns that are town names become places)" };
        var licence = TrainOptions.Licence("model");
        var minimumCount = new Option<int>("--min-count") { Description = "drop features seen fewer times than this", DefaultValueFactory = _ => 2 };
        var withClusters = new Option<string?>("--clusters") { Description = "add word-cluster features: \"shipped\" for the embedded clusters, or a file made by `train clusters`" };
        var command = new Command("ner", "train the entity tagger (averaged perceptron) on labelled sentences") { paths, output, epochs, withGazetteer, licence, minimumCount, withClusters };
        command.SetAction((parse, cancellationToken) =>
        {
            var files = NerCorpus.Files(parse.GetValue(paths)!);
            var train = NerCorpus.Read(files, NerSplit.Train);
            var dev = NerCorpus.Read(files, NerSplit.Dev);
            var gazetteer = parse.GetValue(withGazetteer) ? EntityRecognizer.DefaultGazetteer() : null;
            var clusters = parse.GetValue(withClusters) switch
            {
                null => null,
                "shipped" => WordClusters.Shipped,
                var file => WordClusters.Load(file),
            };
            var clock = Stopwatch.StartNew();
            var description = TrainOptions.Describe("averaged perceptron", parse.GetValue(epochs), train.Count, files);
            var model = new NerTrainer(gazetteer, clusters) { Epochs = parse.GetValue(epochs), MinimumCount = parse.GetValue(minimumCount) }
                .Train(train, new NerModelInfo(description, parse.GetValue(licence)!, false), new LineProgress(Console.Error));
            var target = parse.GetValue(output)!;
            TrainOptions.Save(model, target, clock);
            var scores = ConllEvaluation.Evaluate(new EntityTagger(NerModel.Load(target), gazetteer, clusters), dev);
            EvalNerCommand.Write(scores, "dev blocks");
            return Task.FromResult(0);
        });
        return command;
    }
}
