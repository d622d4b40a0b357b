namespace Storyline.Cli.Output;

/// <summary>
/// Writes each report as a line at once, on the reporting thread. <see cref="Progress{T}"/> posts to the thread pool
/// and can print out of order; training reports from one thread.
/// </summary>
public sealed class LineProgress(TextWriter writer) : IProgress<string>
{
    public void Report(string value) => writer.WriteLine(value);
}
