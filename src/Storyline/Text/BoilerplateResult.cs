namespace Storyline.Text;

/// <summary>The paragraphs kept as content and the ones removed as boilerplate, each in reading order.</summary>
public sealed record BoilerplateResult(IReadOnlyList<string> Kept, IReadOnlyList<RemovedSpan> Removed);
