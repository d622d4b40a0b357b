using System.Globalization;

namespace Storyline.Throughput;

/// <summary>The harness's command line: sizes, formats, where corpora go, and how many pages SmartReader gets.</summary>
public sealed record ThroughputOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000];

    /// <summary>Null means all formats the machine can offer (real-html only when the eval pages are there).</summary>
    public IReadOnlyList<CorpusFormat>? Formats { get; init; }

    public string Output { get; init; } = Path.Combine(Path.GetTempPath(), "storyline-throughput");

    /// <summary>Keep corpora and stores after measuring (they are deleted by default: 100k HTML pages are gigabytes).</summary>
    public bool Keep { get; init; }

    /// <summary>
    /// SmartReader is timed on at most this many pages of each HTML corpus: at ~50-100 pages/s single-threaded,
    /// all 100,000 would take longer than the ingest it is compared with, and the rate is stable well before.
    /// </summary>
    public int SmartReaderPages { get; init; } = 2_000;

    public string? RealPages { get; init; }

    /// <summary>Also time each stage on one thread over the first <see cref="ProfileDocuments"/> documents of every corpus.</summary>
    public bool Profile { get; init; }

    public const int ProfileDocuments = 1_000;

    public const string Usage = """
        usage: Storyline.Throughput [--sizes 1000,10000,100000] [--format jsonl|text|html|real-html|all[,...]]
                                    [--out DIR] [--keep] [--smartreader-pages 2000] [--real-pages DIR] [--profile]
        """;

    public static ThroughputOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ThroughputOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',').Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList() },
                "--format" => options with { Formats = ParseFormats(Value()) },
                "--out" => options with { Output = Path.GetFullPath(Value()) },
                "--keep" => options with { Keep = true },
                "--profile" => options with { Profile = true },
                "--smartreader-pages" => options with { SmartReaderPages = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--real-pages" => options with { RealPages = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"unknown argument {args[i]}\n{Usage}"),
            };
        }

        return options.Sizes.Any(n => n <= 0) ? throw new ArgumentException("sizes must be positive") : options;
    }

    private static List<CorpusFormat>? ParseFormats(string value)
    {
        var formats = new List<CorpusFormat>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (name.Equals("all", StringComparison.Ordinal))
            {
                return null;
            }

            formats.Add(name switch
            {
                "jsonl" => CorpusFormat.Jsonl,
                "text" => CorpusFormat.Text,
                "html" => CorpusFormat.Html,
                "real-html" => CorpusFormat.RealHtml,
                _ => throw new ArgumentException($"unknown format {name}\n{Usage}"),
            });
        }

        return formats;
    }
}
