using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Storyline.Entities.Tagging;

namespace Storyline.Cli.Commands;

/// <summary>What the commands that train on CoNLL files share: their arguments, the model's description and where it was written.</summary>
internal static class TrainOptions
{
    public static Argument<string[]> ConllPaths() =>
        new("path") { Description = "CoNLL/BIO files or folders (language from the path: de/, en/, fr/ or *_DE.bio)", Arity = ArgumentArity.OneOrMore };

    public static Option<string> Output(string what) => new("--out") { Description = $"where to write the {what}", Required = true };

    public static Option<string> Licence(string what) =>
        new("--licence") { Description = $"the licence the {what} inherits from its data", DefaultValueFactory = _ => "CC BY-NC-SA 4.0 (WikiNEuRal)" };

    /// <summary>How a model was made, written into it: the learner, its epochs and the files whose train blocks it read.</summary>
    public static string Describe(string learner, int epochs, int sentences, IEnumerable<(string Path, string Language)> files) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{learner}, {epochs} epochs, {sentences} sentences from {string.Join(", ", files.Select(f => $"{Path.GetFileName(Path.GetDirectoryName(f.Path))}/{Path.GetFileName(f.Path)}"))}, train blocks");

    /// <summary>Writes the model and says so, with its size and the time since <paramref name="clock"/> started.</summary>
    public static void Save(NerModel model, string target, Stopwatch clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        model.Save(target);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained in {clock.Elapsed.TotalSeconds:F0} s: {model.FeatureCount:N0} features, {new FileInfo(target).Length / 1024.0 / 1024:F1} MB → {target}"));
    }
}
