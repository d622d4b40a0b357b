namespace Storyline.Evaluation.Gate;

/// <summary>
/// One pinned measurement: a task run on a data set, the metric read from it, the floor it must not fall below, and the
/// SHA-256 of the data it was pinned on (so a changed gold is noticed, not silently scored).
/// </summary>
public sealed record EvalGate
{
    public required string Name { get; init; }

    /// <summary><c>language</c>, <c>boilerplate</c>, <c>ner</c>, <c>canonical</c>, <c>figures</c>, <c>claims</c>, <c>quotes</c>, <c>twins</c>, <c>duplicates</c> or <c>stories</c>.</summary>
    public required string Task { get; init; }

    /// <summary>Repository-relative path, or <c>shared:</c> + a path under <c>../shared/eval</c>.</summary>
    public required string Data { get; init; }

    /// <summary><c>accuracy</c>, <c>precision</c>, <c>recall</c> or <c>f1</c>; figure gates also a field's accuracy (<c>value</c>, <c>unit</c>, <c>qualifier</c>, <c>subject</c>, <c>attribute</c>).</summary>
    public required string Metric { get; init; }

    public double Floor { get; init; }

    public string? Sha256 { get; init; }

    /// <summary>Language: score only the first N characters of each text.</summary>
    public int? Snippet { get; init; }

    /// <summary>Read one language's figure instead of the overall one.</summary>
    public string? Language { get; init; }

    /// <summary>Trafilatura pages, CoNLL files and the shared quote sets: dev, test (or train, for CoNLL) or all.</summary>
    public string? Split { get; init; }

    /// <summary>
    /// Quotes: the row of one kind, <c>direct</c> (the default) or <c>all</c> (direct and indirect together). Duplicates:
    /// the row of one relation (<c>copy</c>, <c>rewrite</c>, <c>translation</c>, <c>none</c>), or <c>any</c> (the default).
    /// </summary>
    public string? Kind { get; init; }
}
