namespace Storyline.Stories;

/// <summary>
/// A story's squared TF-IDF norms (names and figures; words) with the story's size and the articles seen when they were
/// computed, so a clusterer can tell when to compute them again.
/// </summary>
internal readonly record struct StoryNorms(double Named, double Words, int Size, int Articles);
