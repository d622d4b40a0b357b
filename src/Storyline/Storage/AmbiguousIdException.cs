namespace Storyline.Storage;

/// <summary>An id prefix that more than one article has.</summary>
public sealed class AmbiguousIdException(string prefix, int matches)
    : Exception($"id prefix '{prefix}' matches {matches} articles; give more characters");
