using System.CommandLine;
using Storyline.Storage;

namespace Storyline.Cli;

/// <summary>Runs the parsed command with the contract's exit codes: 0 success, 2 usage error, 1 failure with a one-line reason.</summary>
public static class CommandRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"storyline: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Try 'storyline --help'.");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"storyline: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("storyline: interrupted; everything committed so far is kept, run again to complete");
            return 1;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or AmbiguousIdException or NotSupportedException)
        {
            await Console.Error.WriteLineAsync($"storyline: {e.Message}");
            return 1;
        }
    }
}
