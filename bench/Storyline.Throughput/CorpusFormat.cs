namespace Storyline.Throughput;

/// <summary>How a benchmark corpus is laid out on disk, as a user would hand it to <c>storyline ingest</c>.</summary>
public enum CorpusFormat
{
    /// <summary>One JSON Lines file, one article a line.</summary>
    Jsonl,

    /// <summary>One .txt file per article, in subfolders of 1,000.</summary>
    Text,

    /// <summary>One generated 30-80 KB page per article, in subfolders of 1,000.</summary>
    Html,

    /// <summary>The trafilatura eval pages, cycled under new names: real chrome, the fairer HTML measure.</summary>
    RealHtml,
}
