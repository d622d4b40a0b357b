using System.Globalization;
using Storyline.Throughput;
using Storyline.Throughput.Measurement;

// The harness re-runs itself for each measurement (see ChildProcess); these hidden verbs are the children.
if (args is ["--measure-ingest", var folder, var database, var expected, var label])
{
    ChildProcess.Reply(await IngestMeasurement.RunAsync(folder, database, int.Parse(expected, CultureInfo.InvariantCulture), label));
    return 0;
}

if (args is ["--measure-smartreader", var pages, var limit])
{
    ChildProcess.Reply(SmartReaderMeasurement.Run(pages, int.Parse(limit, CultureInfo.InvariantCulture)));
    return 0;
}

if (args is ["--profile-stages", var corpus, var documents])
{
    ChildProcess.Reply(await StageProfile.RunAsync(corpus, int.Parse(documents, CultureInfo.InvariantCulture)));
    return 0;
}

try
{
    return BenchmarkRun.Run(ThroughputOptions.Parse(args));
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
