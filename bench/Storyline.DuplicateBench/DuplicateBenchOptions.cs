using System.Globalization;
using Storyline.Duplicates;

namespace Storyline.DuplicateBench;

/// <summary>The benchmark's command line.</summary>
public sealed record DuplicateBenchOptions
{
    public long Articles { get; init; } = 1_000_000;

    /// <summary>Null: a fresh file in the temp folder, deleted at the end unless <see cref="Keep"/>.</summary>
    public string? Database { get; init; }

    public bool Keep { get; init; }

    public int Seed { get; init; } = 20_240_601;

    /// <summary>Articles filed per <c>IndexAsync</c> transaction; the production index files <see cref="DuplicateIndex.FileEvery"/>.</summary>
    public int Batch { get; init; } = DuplicateIndex.FileEvery;

    public long Every { get; init; } = 100_000;

    /// <summary>Threads computing prints ahead of the single writer; default one per core.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    public const string Usage = """
        usage: Storyline.DuplicateBench [--articles 1000000] [--db PATH] [--keep] [--seed N] [--batch 32768] [--every 100000] [--threads N]
        """;

    public static DuplicateBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DuplicateBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            long Number() => long.Parse(Value().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--articles" => options with { Articles = Number() },
                "--db" => options with { Database = Path.GetFullPath(Value()) },
                "--keep" => options with { Keep = true },
                "--seed" => options with { Seed = (int)Number() },
                "--batch" => options with { Batch = (int)Number() },
                "--every" => options with { Every = Number() },
                "--threads" => options with { Threads = (int)Number() },
                _ => throw new ArgumentException($"unknown argument {args[i]}\n{Usage}"),
            };
        }

        return options.Articles <= 0 || options.Batch <= 0 || options.Every <= 0 || options.Threads <= 0
            ? throw new ArgumentException($"counts must be positive\n{Usage}")
            : options;
    }
}
