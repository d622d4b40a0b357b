namespace Storyline.Cli.Tests;

/// <summary>What one CLI run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
