namespace Storyline.Stories;

/// <summary>
/// A story's squared TF-IDF norms (names and figures; words written with spaces, and pairs of characters of scripts
/// written without: <see cref="WordScripts"/>) with the articles seen when they were computed in full, so a
/// clusterer can tell when to compute them again, and whether every term's article count was known then (a story merged
/// in a batch can hold terms the batch did not read).
/// </summary>
internal readonly record struct StoryNorms(double Named, double Spaced, double Unspaced, int Articles, bool Complete)
{
    /// <summary>The squared norm of the story's words of the given kinds.</summary>
    public double WordsIn(WordScripts scripts) =>
        (scripts.HasFlag(WordScripts.Spaced) ? Spaced : 0) + (scripts.HasFlag(WordScripts.Unspaced) ? Unspaced : 0);
}
