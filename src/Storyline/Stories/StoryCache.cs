namespace Storyline.Stories;

/// <summary>
/// The stories a <see cref="StoryIndex"/> has read or written, kept between its batches so that a story a later batch
/// reaches again need not be read and parsed again: the store hands back the kept one when its size and merge are still
/// those in the store (another writer may have grown it). Holds at most <see cref="Capacity"/> stories, the least
/// recently used going first.
/// </summary>
public sealed class StoryCache
{
    /// <summary>About 100-200 MB of story terms at most: the stories of the last few days at 3,000 articles a day.</summary>
    public const int Capacity = 16_384;

    private readonly Dictionary<int, StoryState> stories = [];
    private readonly Dictionary<int, long> used = [];
    private long clock;

    public IReadOnlyDictionary<int, StoryState> Stories => stories;

    /// <summary>Keeps these stories (read, started, grown or merged), then drops the least recently kept beyond the capacity.</summary>
    public void Keep(IEnumerable<StoryState> kept)
    {
        clock++;
        foreach (var story in kept)
        {
            stories[story.Id] = story;
            used[story.Id] = clock;
        }

        if (stories.Count > Capacity)
        {
            foreach (var id in used.OrderBy(u => u.Value).Take(stories.Count - Capacity).Select(u => u.Key).ToList())
            {
                stories.Remove(id);
                used.Remove(id);
            }
        }
    }
}
