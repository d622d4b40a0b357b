using Storyline.StoryBench;

// Online story assignment at scale: N generated articles (Zipf-sized stories over a year, six languages) stored in a fresh
// SQLite store batch by batch, each batch assigned by StoryIndex as ingest does; throughput, memory and B-cubed quality (see README).
try
{
    var options = StoryBenchOptions.Parse(args);
    return await new AssignRun(options).RunAsync(CancellationToken.None);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
