namespace Storyline.Stories;

/// <summary>
/// What the story index reads from the store before a batch: how many articles are assigned, the next story id, the
/// stories the batch's terms reach (with the stories they were merged into), the postings of those terms, the terms'
/// article counts, and the stories of the articles the batch copies or translates.
/// </summary>
public sealed record StoryContext(
    int Assigned,
    int NextId,
    IReadOnlyList<StoryState> Stories,
    IReadOnlyDictionary<string, List<int>> Postings,
    IReadOnlyDictionary<string, int> TermCounts,
    IReadOnlyDictionary<string, int> Assignments);
