using System.Diagnostics;
using System.Text.Json;

namespace Storyline.Throughput.Measurement;

/// <summary>
/// Runs one measurement in a fresh copy of this program, so that its peak working set and heap are its own and not
/// the generator's or an earlier size's (the kernel's peak, VmHWM, never goes down within a process).
/// The child prints its result as one <c>RESULT {json}</c> line on stdout; its stderr (progress) passes through.
/// </summary>
public static class ChildProcess
{
    public const string ResultPrefix = "RESULT ";

    public static T Run<T>(params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell this program's path");
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.Ordinal))
        {
            // Started as `dotnet Storyline.Throughput.dll`: the child needs the dll too.
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        start.FileName = self;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {self}");
        string? result = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                result = line[ResultPrefix.Length..];
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || result is null)
        {
            throw new InvalidOperationException($"measurement {string.Join(' ', arguments)} failed (exit code {process.ExitCode})");
        }

        return JsonSerializer.Deserialize<T>(result) ?? throw new InvalidDataException("empty measurement result");
    }

    public static void Reply<T>(T result) => Console.Out.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
}
