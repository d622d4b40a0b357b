namespace Storyline.Throughput.Corpus;

/// <summary>A corpus written to disk: where, how many articles, how many bytes, and what it is made of.</summary>
public sealed record GeneratedCorpus(string Folder, CorpusFormat Format, int Articles, long Bytes, string Description, TimeSpan Elapsed);
