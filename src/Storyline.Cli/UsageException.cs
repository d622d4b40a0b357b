namespace Storyline.Cli;

/// <summary>The command line asked for something that cannot be done as written (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
