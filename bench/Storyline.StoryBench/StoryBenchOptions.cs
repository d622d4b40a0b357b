using System.Globalization;
using Storyline.Stories;

namespace Storyline.StoryBench;

/// <summary>The benchmark's command line.</summary>
public sealed record StoryBenchOptions
{
    public long Articles { get; init; } = 1_000_000;

    /// <summary>Null: a fresh file in the temp folder, deleted at the end unless <see cref="Keep"/>.</summary>
    public string? Database { get; init; }

    public bool Keep { get; init; }

    public int Seed { get; init; } = 20_240_601;

    /// <summary>Articles stored per <c>AddAsync</c> transaction, each followed by one <c>StoryIndex.UpdateAsync</c> (ingest's batch is 256).</summary>
    public int Batch { get; init; } = 1_024;

    public long Every { get; init; } = 100_000;

    public const string Usage = """
        usage: Storyline.StoryBench [--articles 1000000] [--db PATH] [--keep] [--seed N] [--batch 1024] [--every 100000]
        """;

    public static StoryBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StoryBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            long Number() => long.Parse(Value().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--articles" => options with { Articles = Number() },
                "--db" => options with { Database = Path.GetFullPath(Value()) },
                "--keep" => options with { Keep = true },
                "--seed" => options with { Seed = (int)Number() },
                "--batch" => options with { Batch = (int)Number() },
                "--every" => options with { Every = Number() },
                _ => throw new ArgumentException($"unknown argument {args[i]}\n{Usage}"),
            };
        }

        return options.Articles <= 0 || options.Articles > int.MaxValue || options.Batch <= 0 || options.Every <= 0
            ? throw new ArgumentException($"counts must be positive (articles at most 2^31)\n{Usage}")
            : options;
    }

    /// <summary>StoryIndex reads this many articles a batch; named here so the README and output agree with it.</summary>
    public static int AssignBatch => StoryIndex.BatchSize;
}
