using Storyline.Throughput.Corpus;
using Storyline.Throughput.Measurement;

namespace Storyline.Throughput.Output;

/// <summary>One format and size: the corpus, our ingest of it and, for HTML, SmartReader on the same pages.</summary>
public sealed record ResultRow(GeneratedCorpus Corpus, IngestResult Ingest, SmartReaderResult? SmartReader);
