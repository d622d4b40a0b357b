namespace Storyline.Duplicates;

/// <summary>
/// A run of sentences two articles share (as copies, edited or translated): UTF-16 spans of each article's text, and
/// how alike the two sides are (1 for the same words).
/// </summary>
public sealed record SharedPassage(int AStart, int ALength, int BStart, int BLength, double Similarity);
