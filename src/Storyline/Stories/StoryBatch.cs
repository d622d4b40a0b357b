namespace Storyline.Stories;

/// <summary>
/// One batch of story assignments for the store to write in one transaction: the articles' rows up to
/// <see cref="Through"/>, the decisions, the stories changed, the (term, story) postings added and the terms counted.
/// </summary>
public sealed record StoryBatch(
    long Through,
    IReadOnlyList<StoryDecision> Decisions,
    IReadOnlyList<StoryState> Stories,
    IReadOnlyList<(string Term, int Story)> Postings,
    IReadOnlyDictionary<string, int> TermCounts);
