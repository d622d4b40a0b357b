using Spectre.Console;

namespace Storyline.Cli.Output;

/// <summary>Where people-facing output goes: tables on stdout, progress and messages on stderr.</summary>
public static class Terminal
{
    public static readonly IAnsiConsole Out = Create(Console.Out, Console.IsOutputRedirected);

    public static readonly IAnsiConsole Error = Create(Console.Error, Console.IsErrorRedirected);

    // Redirected output (a file, a pipe, a test) gets a fixed width and no colour, so it reads the same everywhere.
    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 140;
        }

        return console;
    }

    /// <summary>Shortens a value to fit a table cell.</summary>
    public static string Clip(string? value, int width) =>
        value is null ? "" : value.Length <= width ? value : string.Concat(value.AsSpan(0, width - 1), "…");

    /// <summary>Shortens a path from the left, where its least telling part is.</summary>
    public static string ClipLeft(string? value, int width) =>
        value is null ? "" : value.Length <= width ? value : string.Concat("…", value.AsSpan(value.Length - width + 1));

    public static string Date(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
