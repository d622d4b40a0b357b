namespace Storyline.Stories;

/// <summary>Where one article went: the story it joined or started, its score against that story, and a story merged into it on the way.</summary>
public sealed record StoryDecision(string ArticleId, int Story, double Score, bool Started)
{
    public int? Merged { get; init; }
}
