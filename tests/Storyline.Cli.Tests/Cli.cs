using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Storyline.Tests;

namespace Storyline.Cli.Tests;

/// <summary>Runs the real CLI as a separate process, as users and scripts do, and captures its exit code and output.</summary>
public static class Cli
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Storyline.Cli.dll");

    /// <summary>Writes one text file into <c>in/</c> of the folder, ingests that folder and returns the id of the first article listed.</summary>
    public static async Task<string> IngestOneAsync(TempFolder folder, string name, string text)
    {
        folder.Write($"in/{name}", text);
        Assert.Equal(0, (await RunAsync(folder.Path, null, "ingest", "in")).ExitCode);
        using var list = JsonDocument.Parse((await RunAsync(folder.Path, null, "articles", "--json")).Stdout);
        return list.RootElement[0].GetProperty("id").GetString()!;
    }

    public static Task<CliResult> RunAsync(string workingDirectory, string? stdin, params string[] args) =>
        RunWithEnvironmentAsync(workingDirectory, stdin, new Dictionary<string, string>(), args);

    public static async Task<CliResult> RunWithEnvironmentAsync(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, args, stdin is not null, environment);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Process Start(string workingDirectory, string[] args, bool redirectInput = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("STORYLINE_DB");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the CLI");
    }
}
