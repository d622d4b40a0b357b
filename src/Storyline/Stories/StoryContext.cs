namespace Storyline.Stories;

/// <summary>
/// What the story index reads from the store before a batch: how many articles are assigned, the next story id, the
/// postings of the batch's lookup terms, the terms' article counts, and the stories of the articles the batch copies
/// or translates. The stories themselves are read next, only the candidates (<see cref="StoryClusterer.Rank"/>).
/// </summary>
public sealed record StoryContext(
    int Assigned,
    int NextId,
    IReadOnlyDictionary<string, List<int>> Postings,
    IReadOnlyDictionary<string, int> TermCounts,
    IReadOnlyDictionary<string, int> Assignments);
