using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Cli.Output;
using Storyline.Evaluation.Gate;
using Storyline.Text;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>eval gate</c>: measures every pinned gate of <c>eval/baseline.json</c> against its floor; <c>--pin</c> raises the floors
/// to what is measured now and records the data hashes, and refuses to lower a floor without <c>--allow-regression</c>.
/// </summary>
public static class EvalGateCommand
{
    public static Command Create()
    {
        var baselineOption = new Option<string>("--baseline") { Description = "the baseline file", DefaultValueFactory = _ => Path.Combine("eval", "baseline.json") };
        var pin = new Option<bool>("--pin") { Description = "write the measured values as the new floors" };
        var allowRegression = new Option<bool>("--allow-regression") { Description = "with --pin: allow a floor to go down" };
        var command = new Command("gate", "check (or re-pin) the quality floors in eval/baseline.json") { baselineOption, pin, allowRegression };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetValue(baselineOption)!);
            if (!File.Exists(path))
            {
                throw new UsageException($"no baseline at {path}");
            }

            var baseline = EvalBaseline.Load(path);
            var root = Path.GetDirectoryName(Path.GetDirectoryName(path))!;
            var runner = new GateRunner(root, new Pipeline(), new LanguageIdentifier());
            var results = baseline.Gates.Select(runner.Measure).ToList();
            var failing = results.Where(r => !r.Skipped && (r.Measured < r.Gate.Floor - baseline.Epsilon || HashChanged(r))).ToList();

            if (parse.GetValue(pin))
            {
                var lowered = results.Where(r => r.Measured is { } m && Math.Round(m, 4) < r.Gate.Floor).ToList();
                if (lowered.Count > 0 && !parse.GetValue(allowRegression))
                {
                    throw new InvalidDataException($"refusing to lower the floor of {string.Join(", ", lowered.Select(r => r.Gate.Name))}; pass --allow-regression to accept it");
                }

                var pinned = baseline with
                {
                    Gates = [.. results.Select(r => r.Skipped ? r.Gate : r.Gate with { Floor = Math.Round(r.Measured!.Value, 4), Sha256 = r.DataHash })],
                };
                pinned.Save(path);
                failing.Clear();
            }

            await Write(parse.GetValue(GlobalOptions.Json), baseline, results, failing);
            return failing.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static bool HashChanged(GateResult r) => r.Gate.Sha256 is not null && !string.Equals(r.Gate.Sha256, r.DataHash, StringComparison.Ordinal);

    private static async Task Write(bool json, EvalBaseline baseline, List<GateResult> results, List<GateResult> failing)
    {
        if (json)
        {
            await JsonOutput.WriteAsync(results.Select(r => new
            {
                r.Gate.Name,
                r.Gate.Task,
                r.Gate.Metric,
                r.Gate.Floor,
                r.Measured,
                Status = Status(r, failing),
                r.Problem,
            }));
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("gate", "metric", "floor", "measured", "status");
        foreach (var r in results)
        {
            table.AddRow(r.Gate.Name, r.Gate.Metric, F(r.Gate.Floor), r.Measured is { } m ? F(m) : "-", Status(r, failing));
        }

        Terminal.Out.Write(table);
        Terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count(r => !r.Skipped)} measured, {failing.Count} below floor − {baseline.Epsilon} or on changed data, {results.Count(r => r.Skipped)} skipped (data absent)"));
    }

    private static string Status(GateResult r, List<GateResult> failing) =>
        r.Skipped ? "skipped: " + r.Problem : !failing.Contains(r) ? "ok" : HashChanged(r) ? "data changed: re-pin" : "BELOW FLOOR";

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
