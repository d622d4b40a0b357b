namespace Storyline.Stories;

/// <summary>
/// A story's squared TF-IDF norms (names and figures; words) with the articles seen when they were computed in full, so a
/// clusterer can tell when to compute them again, and whether every term's article count was known then (a story merged
/// in a batch can hold terms the batch did not read).
/// </summary>
internal readonly record struct StoryNorms(double Named, double Words, int Articles, bool Complete);
