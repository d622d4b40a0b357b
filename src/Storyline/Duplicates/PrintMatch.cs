namespace Storyline.Duplicates;

/// <summary>A stored article (by its row in arrival order) filed under some of a new article's prints, and how many.</summary>
public sealed record PrintMatch(long Row, int Shared);
