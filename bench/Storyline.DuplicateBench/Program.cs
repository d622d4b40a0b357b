using Storyline.DuplicateBench;

// The persistent duplicate index at scale: N generated wire articles filed one after the other into a fresh SQLite store,
// lookup latency per article, throughput, memory, store size, and whether copies still meet their source (see README).
try
{
    var options = DuplicateBenchOptions.Parse(args);
    return await new IndexRun(options).RunAsync(CancellationToken.None);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
