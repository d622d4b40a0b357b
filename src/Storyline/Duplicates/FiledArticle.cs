namespace Storyline.Duplicates;

/// <summary>An article (by its row in arrival order) and the prints the duplicate index files it under.</summary>
public sealed record FiledArticle(long Row, IReadOnlyList<long> Prints);
