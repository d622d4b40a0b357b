namespace Storyline.Evaluation;

/// <summary>One labelled article of the sample gold (<c>samples/gold/*/articles.jsonl</c>; format in <c>samples/gold/README.md</c>).</summary>
public sealed record GoldArticle(
    string Id,
    string File,
    string? Url,
    string Language,
    string? Title,
    string Text,
    IReadOnlyList<string> Removed,
    string Story,
    DateTimeOffset? Published);
