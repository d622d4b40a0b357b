namespace Storyline.Evaluation.Boilerplate;

/// <summary>One page of trafilatura's evaluation set: snippets that must appear in the extraction and snippets that must not.</summary>
public sealed record TrafilaturaCase(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without)
{
    public string Split => BenchmarkSplit.Of(Url);
}
