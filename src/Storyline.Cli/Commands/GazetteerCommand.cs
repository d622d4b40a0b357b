using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Storyline.Entities.Names.Building;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>gazetteer build --from DIR --out DIR</c>: rebuilds the committed gazetteer files from unpacked Debian and npm packages
/// (<c>scripts/build-gazetteers.sh</c> fetches them), and with <c>--currencies FILE</c> the CLDR currency lexicon; a fresh clone never needs to run it.
/// </summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var command = new Command("gazetteer", "place-name data built from packages");
        command.Subcommands.Add(CreateBuild());
        return command;
    }

    private static Command CreateBuild()
    {
        var from = new Option<string>("--from") { Description = "folder with the packages unpacked (usr/share/..., node_modules/...)", Required = true };
        var output = new Option<string>("--out") { Description = "folder to write the gazetteer files to", Required = true };
        var minPopulation = new Option<long>("--min-population") { Description = "keep cities of at least this many inhabitants (capitals always)", DefaultValueFactory = _ => 15_000 };
        var currencies = new Option<string?>("--currencies") { Description = "also write the CLDR currency lexicon (language, name, ISO code) to this file" };
        var command = new Command("build", "build the gazetteer files from GeoNames, CLDR, iso-codes and npm country data") { from, output, minPopulation, currencies };
        command.SetAction((parse, cancellationToken) =>
        {
            var source = parse.GetValue(from)!;
            if (!Directory.Exists(source))
            {
                throw new UsageException($"no such directory: {source}");
            }

            var clock = Stopwatch.StartNew();
            var result = new GazetteerBuilder(new GazetteerSources(source), parse.GetValue(minPopulation)).Build(parse.GetValue(output)!, parse.GetValue(currencies));
            foreach (var (file, entries, bytes) in result.Files)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file,-18}{entries,8:N0} entries{bytes / 1024.0,10:F0} KB"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"total",-18}{result.Files.Sum(f => f.Entries),8:N0} entries{result.TotalBytes / 1024.0,10:F0} KB in {clock.Elapsed.TotalSeconds:F1} s"));
            return Task.FromResult(0);
        });
        return command;
    }
}
