namespace Storyline.Stories;

/// <summary>A story as <c>stories</c> lists it: id, title, its articles' ids (in arrival order), their languages, first and last seen.</summary>
public sealed record StoryListing(int Id, string? Title, IReadOnlyList<string> Articles, IReadOnlyList<string> Languages, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen);
