using Storyline.Throughput.Corpus;
using Storyline.Throughput.Measurement;

namespace Storyline.Throughput.Output;

/// <summary>One format and size: the corpus, our ingest of it, for HTML SmartReader on the same pages, and optionally a stage profile.</summary>
public sealed record ResultRow(GeneratedCorpus Corpus, IngestResult Ingest, SmartReaderResult? SmartReader)
{
    /// <summary>Per-stage times on the first documents, when <c>--profile</c> asked for them.</summary>
    public StageTimes? Stages { get; init; }
}
